package org.qnet.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Spring Boot configures the authorization server (OIDC discovery, JWKS, authorization code with PKCE,
 * the sign-in form) from {@code application.yml}; this adds the accounts and the qnet claims.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Memberships memberships(MongoTemplate mongo) {
        return new Memberships(mongo);
    }

    @Bean
    Accounts accounts(PasswordEncoder passwords, Memberships memberships, AccountProperties properties) {
        Accounts accounts = new Accounts(passwords, memberships, properties.provisionedPassword());
        properties.accounts().forEach(accounts::add);
        return accounts;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(Accounts accounts, AccountProperties properties) {
        return new TokenClaims(accounts, properties.audience());
    }
}
