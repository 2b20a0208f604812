package org.qnet.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service behind the gateway that is down, or that takes the request and never answers: the browser
 * hears so, as a problem document, instead of waiting for ever.
 */
@SpringBootTest(properties = {
    "qnet.gateway.issuer.uri=http://127.0.0.1:9",
    "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"
})
@AutoConfigureWebTestClient
class UpstreamFailuresTest {

    private static final SilentService silent = SilentService.start();

    @Autowired
    WebTestClient http;

    @DynamicPropertySource
    static void membersServiceIsDownAndProjectsServiceNeverAnswers(DynamicPropertyRegistry properties) throws IOException {
        int down = portWithNothingListening();
        properties.add("QNET_MEMBERS_URI", () -> "http://127.0.0.1:" + down);
        properties.add("QNET_PROJECTS_URI", () -> "http://127.0.0.1:" + silent.port());
    }

    private static int portWithNothingListening() throws IOException {
        try (ServerSocket released = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return released.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        silent.close();
    }

    @Test
    void a_service_that_cannot_be_reached_is_503_with_a_problem_document() {
        http.mutateWith(mockOidcLogin()).get().uri("/api/members/members/me").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo("/api/members/members/me");
    }

    @Test
    void a_service_that_does_not_answer_within_the_response_timeout_is_504_with_a_problem_document() {
        http.mutateWith(mockOidcLogin()).get().uri("/api/projects/projects").accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:qnet:problem:upstream-timeout")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("reload the page"));
    }

    /** Accepts connections and reads nothing back: a service stuck before its first byte. */
    private record SilentService(ServerSocket socket, List<Socket> held) implements AutoCloseable {

        static SilentService start() {
            try {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                SilentService service = new SilentService(socket, new CopyOnWriteArrayList<>());
                Thread holding = new Thread(service::hold, "silent-service");
                holding.setDaemon(true);
                holding.start();
                return service;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private void hold() {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : held) {
                connection.close();
            }
        }
    }
}
