package org.qnet.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts what the services need into access tokens: the {@code roles}, the {@code org} a nominator acts
 * for, name and email, and the {@code qnet} audience every service validates. The subject of an
 * admitted member's tokens is their member id, so that every service knows them by it. ID tokens carry
 * the same person and roles, so that the gateway can tell the web app what to offer, but not the audience.
 */
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;
    private final String audience;

    TokenClaims(Accounts accounts, String audience) {
        this.accounts = accounts;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        accounts.find(context.getPrincipal().getName()).ifPresent(account -> {
            context.getClaims().subject(account.subject());
            context.getClaims().claim("name", account.name());
            context.getClaims().claim("email", account.email());
            context.getClaims().claim("roles", account.roles());
            if (account.organisation() != null) {
                context.getClaims().claim("org", account.organisation());
            }
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                List<String> audiences = new ArrayList<>(context.getClaims().build().getAudience());
                audiences.add(audience);
                context.getClaims().audience(audiences);
            }
        });
    }
}
