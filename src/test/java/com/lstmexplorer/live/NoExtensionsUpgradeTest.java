package com.lstmexplorer.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The WebSocket handshake of {@code /ws}, spoken over a raw socket as a browser offering deflate would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoExtensionsUpgradeTest {
    @LocalServerPort
    int port;

    @Test
    void declinesPermessageDeflateAndSendsUncompressedFrames() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 101")
                    .containsIgnoringCase("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
                    .doesNotContainIgnoringCase("Sec-WebSocket-Extensions")
                    .doesNotContainIgnoringCase("deflate");

            out.write(masked("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0"));
            out.flush();
            int b0 = in.readUnsignedByte();
            int length = in.readUnsignedByte() & 0x7f;
            String frame = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            assertThat(b0 & 0x40).as("RSV1, set on a compressed message").isZero();
            assertThat(frame).startsWith("CONNECTED\n");
        }
    }

    private static String readHead(DataInputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            head.append((char) in.readUnsignedByte());
        }
        return head.toString();
    }

    /** A final text frame under 126 bytes, masked (with a zero mask) as a client must send it. */
    private static byte[] masked(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[6 + payload.length];
        frame[0] = (byte) 0x81;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(payload, 0, frame, 6, payload.length);
        return frame;
    }
}
