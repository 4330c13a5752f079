package com.lstmexplorer.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends bytes as they are over a plain socket (HTTP clients would normalise or refuse a hostile URL) and
 * reads one response: status, headers and body (de-chunked), and whether the server then closed the
 * connection.
 */
final class RawHttp {
    private static final int TIMEOUT_MS = 20_000;

    record Response(int status, Map<String, String> headers, String body, boolean closed) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request line and headers ({@code \r\n}-separated, ending with an empty line) and an optional body. */
    Response send(String head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            String statusLine = line(in);
            Map<String, String> headers = new TreeMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
            byte[] content = headers.containsKey("content-length")
                    ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
                    : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunked(in) : in.readAllBytes();
            socket.setSoTimeout(1000);
            return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers,
                    new String(content, StandardCharsets.UTF_8), closedAfter(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Response send(String head) {
        return send(head, new byte[0]);
    }

    /** Everything the server sends until it closes the connection, as text (for answers with no head). */
    String sendAndReadAll(String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
            out.write(in.readNBytes(size));
            line(in);
        }
        line(in);
        return out.toByteArray();
    }

    /** True when the server closes the connection within a second of its response. */
    private static boolean closedAfter(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException open) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
