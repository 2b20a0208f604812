package org.qnet.platform.security;

import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall, refusing the header values it refuses: any character Unicode leaves
 * unassigned, and control characters other than tab. It checks each value a request's handling reads with
 * a regular expression over character classes, which for the bearer token alone cost 3 % of a request that
 * needs no database (docs/BENCHMARKS.md); this asks each character's Unicode category once.
 */
public final class HeaderValueFirewall {

    private HeaderValueFirewall() {
    }

    public static ServerWebExchangeFirewall strict() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(HeaderValueFirewall::isAllowed);
        return firewall;
    }

    static boolean isAllowed(String value) {
        if (value == null) {
            return true;
        }
        int i = 0;
        while (i < value.length()) {
            int c = value.codePointAt(i);
            int category = Character.getType(c);
            if (category == Character.UNASSIGNED || (category == Character.CONTROL && c != '\t')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
