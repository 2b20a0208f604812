package org.qnet.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser sends request after request on one kept-alive connection, some of them changes the gateway
 * refuses before reading their body. Every one must be answered: with Reactor Netty 1.3.6 a request that
 * arrived while the previous one was still finishing was sometimes never answered, which stalled pages
 * and the e2e tests at random (reactor/reactor-netty#4361).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "qnet.gateway.issuer.uri=http://127.0.0.1:9")
class KeepAliveConnectionTest {

    private static final String CHANGE = "{\"peerId\": \"m-7\"}";

    @LocalServerPort
    int port;

    @RepeatedTest(5)
    void every_request_on_a_kept_alive_connection_is_answered_refused_changes_included() throws IOException {
        try (Socket connection = new Socket(InetAddress.getLoopbackAddress(), port)) {
            connection.setSoTimeout(5_000);
            OutputStream out = connection.getOutputStream();
            InputStream in = connection.getInputStream();
            for (int i = 0; i < 200; i++) {
                boolean change = i % 2 == 0;
                out.write((change
                        ? "POST /api/members/connections HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                + "Content-Length: " + CHANGE.length() + "\r\n\r\n" + CHANGE
                        : "GET /session HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();

                assertThat(answerTo(i, in)).startsWith(change ? "HTTP/1.1 403" : "HTTP/1.1 200");
            }
        }
    }

    /** One response, its headers and its Content-Length body. */
    private static String answerTo(int request, InputStream in) throws IOException {
        try {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    return head.toString(StandardCharsets.US_ASCII);
                }
                head.write(next);
            }
            String headers = head.toString(StandardCharsets.US_ASCII);
            int length = headers.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                    .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()))
                    .findFirst().orElse(0);
            return headers + new String(in.readNBytes(length), StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException unanswered) {
            throw new AssertionError("request " + request + " on the connection was never answered", unanswered);
        }
    }
}
