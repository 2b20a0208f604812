package org.qnet.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own refusals as RFC 9457 problem documents, shaped like the services' so that the web
 * app reads every refusal the same way.
 */
@Component
class Refusals {

    private final JsonMapper json;

    Refusals(JsonMapper json) {
        this.json = json;
    }

    ServerAuthenticationEntryPoint signInRequired() {
        return (exchange, e) -> write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in required",
                "You are not signed in, or your session has ended.");
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Request refused",
                "This request was refused because it did not come from a qnet page: reload the page and try again.");
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "urn:qnet:problem:" + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }
}
