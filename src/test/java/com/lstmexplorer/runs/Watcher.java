package com.lstmexplorer.runs;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One watcher of a run as a browser is one: a real socket, a WebSocket handshake that offers
 * {@code permessage-deflate} (as browsers and Node's {@code ws} do), STOMP CONNECT and SUBSCRIBE written
 * by hand, then a thread that reads frames and only counts them: progress frames (recognised by the
 * first bytes of their body, their status read to know when the run has ended) and activations frames
 * (any other MESSAGE), and the bytes that came over the socket. Compressed messages are inflated, work
 * a browser does too. An optional {@code readDelayMs} makes it a slow reader.
 */
final class Watcher implements AutoCloseable {
    private static final byte[] PROGRESS = "{\"type\":\"progress\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATUS = "\"status\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code -Dbenchmark.dump=DIR}: keep every fifth activations body in DIR. */
    private static final String DUMP = System.getProperty("benchmark.dump");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final boolean deflate;
    private final long readDelayMs;
    private final Thread reader;
    private final CountDownLatch ended = new CountDownLatch(1);
    /** The greeting's {@code last-seq} (-1 until it came): later progress frames are numbered from it + 1. */
    volatile long greetingSeq = -1;
    /** The {@code seq} of the run's final frame, once it came (-1 before). */
    volatile long finalSeq = -1;
    /** Numbered progress frames received after the greeting, and how many came out of order or twice. */
    volatile int numberedAfterGreeting;
    volatile int outOfOrder;
    private long lastSeq;
    volatile int progress;
    volatile int activations;
    volatile long wireBytes;
    volatile String failure;

    Watcher(int port, String runId, boolean offerDeflate, long readDelayMs) throws IOException {
        this.readDelayMs = readDelayMs;
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream(), 64 * 1024));
        out = socket.getOutputStream();
        deflate = handshake(port, offerDeflate);
        send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
        send("SUBSCRIBE\nid:sub-0\ndestination:/topic/runs/" + runId + "\n\n\0");
        reader = new Thread(this::readAll, "watcher");
        reader.setDaemon(true);
        reader.start();
    }

    /** True once the server agreed to compress (it answered with the extension). */
    boolean compressed() {
        return deflate;
    }

    /** Waits until the run's final progress frame has come, or the time is up. */
    boolean awaitEnd(long timeoutMs) throws InterruptedException {
        return ended.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    private boolean handshake(int port, boolean offerDeflate) throws IOException {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String request = "GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n"
                + (offerDeflate ? "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" : "")
                + "\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String response = readHttpHead(in);
        if (!response.startsWith("HTTP/1.1 101")) {
            throw new IOException("no WebSocket upgrade: " + response);
        }
        wireBytes += response.length();
        return response.toLowerCase().contains("permessage-deflate");
    }

    private static String readHttpHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed during the handshake: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** A masked text frame, as a client must send. */
    private synchronized void send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i & 3]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    private void readAll() {
        Inflater inflater = new Inflater(true);
        ByteArrayOutputStream message = new ByteArrayOutputStream(1 << 16);
        boolean messageCompressed = false;
        byte[] inflated = new byte[1 << 16];
        try {
            while (true) {
                int b0 = in.readUnsignedByte();
                int b1 = in.readUnsignedByte();
                long length = b1 & 0x7f;
                int header = 2;
                if (length == 126) {
                    length = in.readUnsignedShort();
                    header += 2;
                } else if (length == 127) {
                    length = in.readLong();
                    header += 8;
                }
                int opcode = b0 & 0x0f;
                byte[] payload = in.readNBytes((int) length);
                wireBytes += header + length;
                if (opcode == 0x8) {
                    return; // closed by the server
                }
                if (opcode >= 0x8) {
                    continue; // ping/pong
                }
                if (opcode != 0) {
                    messageCompressed = (b0 & 0x40) != 0;
                    message.reset();
                }
                message.write(payload);
                if ((b0 & 0x80) == 0) {
                    continue; // more fragments follow
                }
                byte[] whole = message.toByteArray();
                if (messageCompressed) {
                    inflater.setInput(concat(whole, new byte[] {0, 0, (byte) 0xff, (byte) 0xff}));
                    ByteArrayOutputStream plain = new ByteArrayOutputStream(whole.length * 4);
                    int n;
                    while ((n = inflater.inflate(inflated)) > 0) {
                        plain.write(inflated, 0, n);
                    }
                    whole = plain.toByteArray();
                }
                count(whole);
                if (readDelayMs > 0) {
                    Thread.sleep(readDelayMs);
                }
            }
        } catch (IOException | DataFormatException | InterruptedException | RuntimeException e) {
            if (!socket.isClosed()) {
                failure = e.toString();
            }
        } finally {
            inflater.end();
        }
    }

    private void count(byte[] stomp) {
        if (!startsWith(stomp, 0, "MESSAGE".getBytes(StandardCharsets.US_ASCII))) {
            return; // CONNECTED, RECEIPT, ERROR
        }
        int body = indexOf(stomp, new byte[] {'\n', '\n'}, 0) + 2;
        if (!startsWith(stomp, body, PROGRESS)) {
            activations++;
            if (DUMP != null && activations % 5 == 1) { // a few real frames to study encodings on
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of(DUMP, "activations-" + activations + ".bin"),
                            java.util.Arrays.copyOfRange(stomp, body, stomp.length - 1));
                } catch (IOException e) {
                    failure = e.toString();
                }
            }
            return;
        }
        progress++;
        long seq = header(stomp, body, "\nseq:");
        long greeting = header(stomp, body, "\nlast-seq:");
        if (greeting >= 0 && greetingSeq < 0) {
            greetingSeq = greeting;
            lastSeq = greeting;
        } else if (seq >= 0 && greetingSeq >= 0) {
            numberedAfterGreeting++;
            outOfOrder += seq == lastSeq + 1 ? 0 : 1;
            lastSeq = seq;
        }
        int status = indexOf(stomp, STATUS, body) + STATUS.length;
        if (startsWith(stomp, status, "queued".getBytes(StandardCharsets.US_ASCII))) {
            return;
        }
        if (!startsWith(stomp, status, "running".getBytes(StandardCharsets.US_ASCII))) {
            finalSeq = seq;
            ended.countDown();
        }
    }

    /** The number in STOMP header {@code name} (given with its leading newline and colon), or -1. */
    private static long header(byte[] stomp, int bodyStart, String name) {
        int at = indexOf(stomp, name.getBytes(StandardCharsets.US_ASCII), 0);
        if (at < 0 || at >= bodyStart) {
            return -1;
        }
        long n = 0;
        for (int i = at + name.length(); stomp[i] >= '0' && stomp[i] <= '9'; i++) {
            n = n * 10 + stomp[i] - '0';
        }
        return n;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        for (int i = Math.max(from, 0); i + what.length <= bytes.length; i++) {
            if (startsWith(bytes, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
