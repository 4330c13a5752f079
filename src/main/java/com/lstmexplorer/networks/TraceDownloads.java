package com.lstmexplorer.networks;

import com.lstmexplorer.traces.TracesResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Trace answers as downloadable files, for snapshots and runs alike. */
final class TraceDownloads {
    private TraceDownloads() {
    }

    /**
     * The {@code seq} query parameters in order, each taken whole (commas inside a sequence are kept;
     * a comma-separated value is not split into several sequences).
     */
    static List<String> sequences(HttpServletRequest request) {
        String[] values = request.getParameterValues("seq");
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("no sequences given: add one or more ?seq=... parameters");
        }
        return List.of(values);
    }

    /** CSV, as a file named {@code filename} when it is not null. */
    static ResponseEntity<String> csv(TracesResponse traces, String filename) {
        var response = ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        if (filename != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename));
        }
        return response.body(TraceCsv.of(traces));
    }

    static ResponseEntity<TracesResponse> json(TracesResponse traces, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(filename)).body(traces);
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
