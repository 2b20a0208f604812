package org.qnet.platform.security;

import java.util.List;
import org.qnet.platform.problem.ProblemResponses;
import org.qnet.platform.problem.Problems;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every service is an OAuth 2.0 resource server: a request needs a valid JWT from the configured issuer
 * (signature, issuer, expiry and audience checked by Spring Boot's decoder). Only health, metrics and the
 * API description answer without one. Refusals are problem documents.
 */
public final class ResourceServerSecurity {

    private static final String[] OPEN = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**"
    };

    private ResourceServerSecurity() {
    }

    public static SecurityWebFilterChain filterChain(ServerHttpSecurity http, ProblemResponses problems,
                                                   List<AccessRules> rules, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthorized =
                (exchange, e) -> problems.write(exchange, Problems.unauthorizedBody());
        ServerAccessDeniedHandler forbidden = (exchange, e) -> problems.write(exchange, Problems.accessDeniedBody());
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new RolesClaim());
        return http
                // Bearer tokens only, no cookies: there is no session for a cross-site request to ride on.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // Stateless: the security context and a request to resume after sign-in would otherwise be
                // looked up in a web session, which WebFlux makes for every request off the event loop
                // (a random id on bounded-elastic, then a hop to parallel for the rest of the request).
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(OPEN).permitAll();
                    rules.forEach(rule -> rule.apply(exchanges));
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt
                                .jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles)))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
