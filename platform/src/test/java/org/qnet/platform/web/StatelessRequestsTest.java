package org.qnet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * The services are called with bearer tokens only: no request, signed in or refused, opens a web session,
 * which WebFlux would otherwise make for each one off the event loop.
 */
@WebFluxTest(controllers = ProbeController.class)
@Import(StatelessRequestsTest.CountedSessions.class)
class StatelessRequestsTest {

    @Autowired
    WebTestClient http;

    @Autowired
    CountedSessions sessions;

    @BeforeEach
    void forgetEarlierRequests() {
        sessions.opened.set(0);
    }

    @Test
    void a_signed_in_request_opens_no_web_session() {
        http.mutateWith(mockJwt().jwt(j -> j.subject("maya").claim("roles", List.of("MEMBER")))
                        .authorities(new SimpleGrantedAuthority("ROLE_MEMBER")))
                .post().uri("/probe/greetings").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Ann\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Set-Cookie");

        assertThat(sessions.opened).hasValue(0);
    }

    @Test
    void a_request_refused_for_want_of_a_token_opens_no_web_session() {
        http.get().uri("/probe/things/42")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().doesNotExist("Set-Cookie");

        assertThat(sessions.opened).hasValue(0);
    }

    /** The web session manager WebFlux asks for a request's session, counting how often it is asked. */
    @TestConfiguration
    static class CountedSessions {

        final AtomicInteger opened = new AtomicInteger();

        @Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
        WebSessionManager webSessionManager() {
            DefaultWebSessionManager sessions = new DefaultWebSessionManager();
            // The exchange asks for its session Mono when it is made; a session is opened when that is subscribed.
            return exchange -> Mono.defer(() -> {
                opened.incrementAndGet();
                return sessions.getSession(exchange);
            });
        }
    }
}
