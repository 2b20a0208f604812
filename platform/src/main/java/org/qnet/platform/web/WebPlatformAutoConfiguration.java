package org.qnet.platform.web;

import java.time.Clock;
import org.qnet.platform.problem.CorrelationId;
import org.qnet.platform.problem.ProblemDetailsHandler;
import org.qnet.platform.problem.ProblemResponses;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.AccessRules;
import org.qnet.platform.security.CurrentUserArgumentResolver;
import org.qnet.platform.security.HeaderValueFirewall;
import org.qnet.platform.security.ResourceServerSecurity;
import org.qnet.platform.security.VerifiedTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side every service shares: JWT resource server with role checks, the current user as a
 * handler argument, correlation ids and RFC 9457 problem documents. Also active in {@code @WebFluxTest}
 * slices, so that slice tests see the same status codes and documents as the running service.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableReactiveMethodSecurity
public class WebPlatformAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ProblemDetailsHandler problemDetailsHandler(ProblemResponses responses) {
        return new ProblemDetailsHandler(responses);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    CorrelationId correlationId() {
        return new CorrelationId();
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain qnetSecurity(ServerHttpSecurity http, ProblemResponses problems,
                                        ObjectProvider<AccessRules> rules, ReactiveJwtDecoder decoder,
                                        @Value("${qnet.security.verified-tokens:10000}") long verifiedTokens) {
        return ResourceServerSecurity.filterChain(http, problems, rules.orderedStream().toList(),
                new VerifiedTokens(decoder, verifiedTokens, Clock.systemUTC()));
    }

    @Bean
    @ConditionalOnMissingBean
    ServerWebExchangeFirewall exchangeFirewall() {
        return HeaderValueFirewall.strict();
    }

    /** What the firewall refuses (an encoded slash in a path, a control character in a header) is a 400 problem. */
    @Bean
    @ConditionalOnMissingBean
    ServerExchangeRejectedHandler exchangeRejected(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, Problems.body(HttpStatus.BAD_REQUEST,
                "rejected-request", "Rejected request", "The request has a path or header qnet does not accept."));
    }

    @Bean
    WebFluxConfigurer currentUserResolution() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CurrentUserArgumentResolver());
            }
        };
    }
}
