package org.qnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class HeaderValueFirewallTest {

    @Test
    void refuses_exactly_the_characters_spring_securitys_strict_firewall_refuses() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String value = "a" + Character.toString(c) + "b";
            assertThat(HeaderValueFirewall.isAllowed(value)).as("code point %X", c)
                    .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value));
        }
    }

    @Test
    void takes_a_bearer_header_and_tabs_but_not_line_breaks_or_unassigned_characters() {
        assertThat(HeaderValueFirewall.isAllowed("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(HeaderValueFirewall.isAllowed("a\tb")).isTrue();
        assertThat(HeaderValueFirewall.isAllowed("\uD83D\uDE00 and \uD83D")).isTrue();
        assertThat(HeaderValueFirewall.isAllowed("a\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderValueFirewall.isAllowed("a\u0378")).isFalse();
        assertThat(HeaderValueFirewall.isAllowed(null)).isTrue();
    }
}
