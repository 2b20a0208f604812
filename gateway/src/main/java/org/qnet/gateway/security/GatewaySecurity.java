package org.qnet.gateway.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Backend for the browser. People sign in at the issuer with the authorization code flow and PKCE;
 * their tokens stay in the server-side session, which the browser knows only by an HttpOnly cookie,
 * and the API routes relay the access token to the services. Every state-changing request must echo
 * the CSRF cookie in the X-XSRF-TOKEN header (or the {@code _csrf} form field), which a page of
 * another site cannot read. Signing out ends the session here and at the issuer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IssuerProperties.class)
class GatewaySecurity {

    @Bean
    ReactiveClientRegistrationRepository issuerRegistration(IssuerProperties issuer,
                                                            ObjectProvider<WebClient.Builder> http) {
        return new IssuerRegistration(issuer, http.getIfAvailable(WebClient::builder));
    }

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
                                               Refusals refusals, IssuerProperties issuer) {
        var authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var signOutAtIssuer = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        signOutAtIssuer.setPostLogoutRedirectUri("{baseUrl}/");
        var csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
                .authorizeExchange(exchanges -> exchanges
                        // Calendar apps fetch a member's feed without signing in; its secret address is the authorisation.
                        .pathMatchers("/api/events/calendar/feeds/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // The web app, /session and health load signed out too; the app then offers sign-in.
                        .anyExchange().permitAll())
                .oauth2Login(login -> login.authorizationRequestResolver(authorizationRequests))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                        .accessDeniedHandler(refusals.forbidden()))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtIssuer))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(refusals.signInRequired())
                        .accessDeniedHandler(refusals.forbidden()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.of(issuer.uri())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** The CSRF token is made lazily; asking for it on every exchange makes sure its cookie is written. */
    @Bean
    WebFilter csrfCookie() {
        return (exchange, chain) -> exchange.<Mono<CsrfToken>>getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty())
                .then(chain.filter(exchange));
    }
}
