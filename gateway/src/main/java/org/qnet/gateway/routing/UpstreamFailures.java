package org.qnet.gateway.routing;

import java.net.ConnectException;
import org.qnet.gateway.problem.ProblemDocuments;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * When the service behind an API route cannot be reached, or does not start answering within the
 * route's response timeout, the browser gets a problem document it can show (503 or 504) instead of a
 * bare error page or a request that never ends. Everything else goes on to Spring Boot's handler.
 */
@Component
@Order(-2)
class UpstreamFailures implements ErrorWebExceptionHandler {

    private final ProblemDocuments problems;

    UpstreamFailures(ProblemDocuments problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ResponseStatusException status && status.getStatusCode() == HttpStatus.GATEWAY_TIMEOUT) {
            return problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout", "The service did not answer in time",
                    "qnet took too long to answer this request. It may still have been carried out: reload the page to see, then try again.");
        }
        if (NestedExceptionUtils.getMostSpecificCause(failure) instanceof ConnectException) {
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "This part of qnet cannot be reached just now. Please try again in a moment.");
        }
        return Mono.error(failure);
    }
}
