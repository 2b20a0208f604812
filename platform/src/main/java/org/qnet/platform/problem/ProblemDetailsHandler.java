package org.qnet.platform.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The last word on every failure of a request: an RFC 9457 problem document, never a stack trace. What
 * the service did not expect is a 500 whose body names only the correlation id; the log has the rest.
 */
public class ProblemDetailsHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    private final ProblemResponses responses;

    public ProblemDetailsHandler(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public int getOrder() {
        // Before Spring Boot's own error handler, which renders a different document.
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        return responses.write(exchange, problemFor(exchange, failure));
    }

    ProblemDetail problemFor(ServerWebExchange exchange, Throwable failure) {
        if (causedBy(failure, DataBufferLimitException.class)) {
            return Problems.body(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "The request body exceeds the size this endpoint accepts.");
        }
        if (failure instanceof WebExchangeBindException invalid) {
            ProblemDetail problem = Problems.body(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "Some fields are missing or invalid.");
            problem.setProperty("errors", fieldErrors(invalid));
            return problem;
        }
        if (failure instanceof ConstraintViolationException) {
            return Problems.body(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "Some parameters are missing or invalid.");
        }
        var unknownField = cause(failure, UnrecognizedPropertyException.class);
        if (failure instanceof ServerWebInputException && unknownField.isPresent()) {
            ProblemDetail problem = Problems.body(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "The request names a field this endpoint does not take.");
            problem.setProperty("errors", List.of(Map.of("field", unknownField.get().getPropertyName(),
                    "message", "is not a field this request takes")));
            return problem;
        }
        if (failure instanceof ServerWebInputException && causedBy(failure, DecodingException.class)) {
            return Problems.body(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "The request body is not valid JSON of the expected shape.");
        }
        if (failure instanceof NoResourceFoundException) {
            // Spring's own detail speaks of static resources, which no service serves.
            return Problems.notFoundBody("Nothing answers at this path.");
        }
        if (failure instanceof ErrorResponse known) {
            return known.getBody();
        }
        if (failure instanceof AuthenticationException) {
            return Problems.unauthorizedBody();
        }
        if (failure instanceof AccessDeniedException) {
            return Problems.accessDeniedBody();
        }
        if (failure instanceof DuplicateKeyException) {
            return Problems.conflictBody("This conflicts with something that already exists.");
        }
        log.error("unexpected failure of {} {} [correlationId={}]", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), CorrelationId.of(exchange), failure);
        return Problems.body(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal Server Error",
                "Something went wrong on our side. Quote the correlation id when you report it.");
    }

    private static List<Map<String, String>> fieldErrors(WebExchangeBindException invalid) {
        return invalid.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
