package org.qnet.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void pages_load_only_from_qnet_and_forms_go_only_to_qnet_or_the_issuer() {
        String policy = ContentSecurityPolicy.of(URI.create("https://id.qnet.example/realms/q"));

        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'", "form-action 'self' https://id.qnet.example")
                .doesNotContain("unsafe-inline", "unsafe-eval", "/realms/q");
    }
}
