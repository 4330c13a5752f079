package com.lstmexplorer.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.lstmexplorer.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Every kind of bad user data, sent to every endpoint that takes sequences (a run's and a snapshot's
 * traces, and custom-run creation), as JSON and as a multipart file: each is a 4xx problem whose detail
 * names the problem, and nothing is created. Small limits keep the payloads small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lstm-explorer.snapshots.seed-networks=false", "lstm-explorer.sequences.max-bytes=2000",
        "lstm-explorer.sequences.max-lines=30", "lstm-explorer.sequences.max-line-length=50",
        "lstm-explorer.sequences.max-vocabulary=20", "lstm-explorer.custom-runs.max-hidden-size=32",
        "lstm-explorer.custom-runs.max-layers=2", "lstm-explorer.custom-runs.min-sequences=10",
        "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=5KB"})
class BadSequencesApiTest extends RunTesting {
    /** A bad input as a file and as the nearest JSON body, its status and what each answer's detail says. */
    record Bad(String name, byte[] file, String json, int status, List<String> fileSays, List<String> jsonSays) {
        @Override
        public String toString() {
            return name;
        }
    }

    enum Endpoint { RUN_TRACES, SNAPSHOT_TRACES, CUSTOM_RUN }

    String runId;
    String snapshotId;

    static Stream<Arguments> everyEndpoint() {
        List<Bad> common = List.of(
                new Bad("empty file", new byte[0], "{\"sequences\": []}", 400, List.of("the file is empty"),
                        List.of("no sequences")),
                bad("only blank lines", "\n  \n\r\n\t\n", "[\"\", \"  \"]", 400, "no sequences", "blank"),
                bad("line over the length limit", "aaXbb\n" + "a".repeat(51) + "\n",
                        "[\"aaXbb\", \"" + "a".repeat(51) + "\"]", 400, "line 2", "51 characters", "max-line-length"),
                bad("too many lines", "aXb\n".repeat(31), "[" + String.join(",", Collections.nCopies(31, "\"aXb\"")) + "]",
                        400, "31 sequences", "limit is 30", "max-lines"),
                bad("over the size limit", ("a".repeat(49) + "\n").repeat(41), "[" + String.join(",",
                        Collections.nCopies(41, "\"" + "a".repeat(49) + "\"")) + "]", 413, "2050 bytes", "max-bytes"),
                new Bad("not UTF-8", "aXb\na\u00e9Xb\n".getBytes(StandardCharsets.ISO_8859_1),
                        "{\"sequences\": [\"a\u00e9Xb\"]}", 400,
                        List.of("not UTF-8", "byte 0xE9", "byte offset 5", "line 2"), List.of("UTF-8")),
                new Bad("binary file", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13},
                        "{\"sequences\": [\"aX\\u0000b\"]}", 400, List.of("binary file", "NUL byte"),
                        List.of("control character U+0000", "line 1, column 3")));
        List<Arguments> all = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            common.forEach(bad -> all.add(Arguments.of(endpoint, bad)));
        }
        Bad vocabulary = bad("character outside the vocabulary", "aaXbb\naXqb\n", "[\"aaXbb\", \"aXqb\"]", 400,
                "'q'", "line 2", "column 3", "vocabulary");
        all.add(Arguments.of(Endpoint.RUN_TRACES, vocabulary));
        all.add(Arguments.of(Endpoint.SNAPSHOT_TRACES, vocabulary));
        all.add(Arguments.of(Endpoint.CUSTOM_RUN, bad("too small to split", "aXb\naaXbb\n".repeat(4),
                "[" + String.join(",", Collections.nCopies(8, "\"aXb\"")) + "]", 400, "too small", "8 sequences",
                "min-sequences")));
        String manyChars = "abcdefghijklmnopqrstuvwxyz";
        all.add(Arguments.of(Endpoint.CUSTOM_RUN, bad("vocabulary over the limit", (manyChars + "\n").repeat(12),
                "[" + String.join(",", Collections.nCopies(12, "\"" + manyChars + "\"")) + "]", 400,
                "26 distinct characters", "limit is 20", "max-vocabulary")));
        return all.stream();
    }

    private static Bad bad(String name, String file, String jsonSequences, int status, String... says) {
        return new Bad(name, file.getBytes(StandardCharsets.UTF_8), "{\"sequences\": " + jsonSequences + "}", status,
                List.of(says), List.of(says));
    }

    @BeforeEach
    void aFinishedRunAndItsSnapshot() {
        runId = http.finishedRun("{\"task\":\"counting\",\"maxSteps\":1}");
        snapshotId = http.post("/api/runs/" + runId + "/snapshot", "").json().get("id").asString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyEndpoint")
    void isAProblemNamingItAndCreatesNothing(Endpoint endpoint, Bad bad) {
        List<String> runsBefore = runIds();
        int snapshotsBefore = http.get("/api/snapshots").json().size();
        String path = switch (endpoint) {
            case RUN_TRACES -> "/api/runs/" + runId + "/traces";
            case SNAPSHOT_TRACES -> "/api/snapshots/" + snapshotId + "/traces";
            case CUSTOM_RUN -> "/api/runs";
        };
        String json = endpoint == Endpoint.CUSTOM_RUN ? bad.json().replaceFirst("\\{", "{\"task\":\"custom\",") : bad.json();

        Http.Answer asFile = http.postMultipart(path, bad.file(), Map.of());
        // ISO-8859-1 writes each char as one byte: the "not UTF-8" body keeps its bad byte, the others are ASCII.
        Http.Answer asJson = http.post(path, json.getBytes(StandardCharsets.ISO_8859_1), "application/json");

        for (Http.Answer answer : List.of(asFile, asJson)) {
            String how = answer == asFile ? "as a file" : "as JSON";
            assertThat(answer.status()).as(how + ": " + answer.json()).isEqualTo(bad.status());
            assertThat(answer.contentType()).as(how).startsWith("application/problem+json");
            assertThat(answer.detail()).as(how).contains(answer == asFile ? bad.fileSays() : bad.jsonSays());
        }
        assertThat(runIds()).as("no run was created").isEqualTo(runsBefore);
        assertThat(http.get("/api/snapshots").json().size()).as("no snapshot was created").isEqualTo(snapshotsBefore);
    }

    @org.junit.jupiter.api.Test
    void aFileBeyondWhatSpringReadsIsA413NamingTheMultipartSettings() {
        List<String> runsBefore = runIds();
        byte[] huge = "aXb\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/runs", "/api/runs/" + runId + "/traces", "/api/snapshots/" + snapshotId + "/traces")) {
            Http.Answer answer = http.postMultipart(path, huge, Map.of());
            assertThat(answer.status()).as(path).isEqualTo(413);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.detail()).contains("spring.servlet.multipart.max-file-size");
        }
        assertThat(runIds()).isEqualTo(runsBefore);
    }

    private List<String> runIds() {
        JsonNode list = http.get("/api/runs").json();
        return list.findValuesAsString("id");
    }
}
