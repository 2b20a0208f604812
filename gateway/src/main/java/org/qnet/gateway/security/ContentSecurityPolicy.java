package org.qnet.gateway.security;

import java.net.URI;

/**
 * What the web app's pages may load and where their forms may go: only this origin, except that signing
 * out is a form whose answer redirects to the issuer, so the issuer's origin is a form target too.
 */
final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    static String of(URI issuer) {
        String issuerOrigin = issuer.getScheme() + "://" + issuer.getAuthority();
        return String.join("; ",
                "default-src 'self'",
                "img-src 'self' data:",
                "style-src 'self'",
                "script-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self' " + issuerOrigin);
    }
}
