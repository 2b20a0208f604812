package org.qnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import reactor.test.StepVerifier;

class BearerTokenHeaderTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYXlhIn0.c2lnbmF0dXJl-_~+/";

    private final BearerTokenHeader header = new BearerTokenHeader();

    @Test
    void the_token_after_the_bearer_scheme_is_the_credential() {
        StepVerifier.create(header.convert(requestWith("Bearer " + TOKEN)))
                .assertNext(authentication -> assertThat(((BearerTokenAuthenticationToken) authentication).getToken())
                        .isEqualTo(TOKEN))
                .verifyComplete();
    }

    @Test
    void the_scheme_is_read_in_any_case() {
        assertThat(BearerTokenHeader.tokenIn("bearer " + TOKEN)).isEqualTo(TOKEN);
        assertThat(BearerTokenHeader.tokenIn("BEARER " + TOKEN)).isEqualTo(TOKEN);
    }

    @Test
    void padding_belongs_to_the_token_only_at_its_end() {
        assertThat(BearerTokenHeader.tokenIn("Bearer abc==")).isEqualTo("abc==");
        assertThat(BearerTokenHeader.tokenIn("Bearer ab=c")).isNull();
        assertThat(BearerTokenHeader.tokenIn("Bearer ==")).isNull();
    }

    @Test
    void only_the_characters_of_rfc_6750_make_a_token() {
        for (char c = 0; c < 128; c++) {
            boolean b64token = Character.isLetterOrDigit(c) || "-._~+/".indexOf(c) >= 0;
            assertThat(BearerTokenHeader.tokenIn("Bearer a" + c + "b")).as("character %d", (int) c)
                    .isEqualTo(b64token ? "a" + c + "b" : null);
        }
        assertThat(BearerTokenHeader.tokenIn("Bearer abc\u00e9")).isNull();
    }

    @Test
    void a_header_of_another_scheme_carries_no_bearer_token() {
        StepVerifier.create(header.convert(requestWith("Basic bWF5YTpodW50ZXIy"))).verifyComplete();
        StepVerifier.create(header.convert(MockServerWebExchange.from(MockServerHttpRequest.get("/"))))
                .verifyComplete();
    }

    @Test
    void a_malformed_bearer_header_is_an_invalid_token() {
        for (String malformed : new String[] {"Bearer", "Bearer ", "Bearer  " + TOKEN, "Bearer a b", "Bearerabc",
                "Bearer " + TOKEN + "\n"}) {
            StepVerifier.create(header.convert(requestWith(malformed)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(OAuth2AuthenticationException.class)
                            .extracting(error -> ((OAuth2AuthenticationException) error).getError().getErrorCode())
                            .isEqualTo("invalid_token"))
                    .verify();
        }
    }

    private static MockServerWebExchange requestWith(String authorization) {
        return MockServerWebExchange.from(
                MockServerHttpRequest.get("/").header(HttpHeaders.AUTHORIZATION, authorization));
    }
}
