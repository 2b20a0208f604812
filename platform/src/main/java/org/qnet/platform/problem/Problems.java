package org.qnet.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems an application answers with on purpose (RFC 9457). Web adapters map their use cases' refusals
 * to these; anything they do not map, the {@link ProblemDetailsHandler} still answers as a problem.
 */
public final class Problems {

    private static final String TYPE_BASE = "urn:qnet:problem:";

    private Problems() {
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static ErrorResponseException conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** A well-formed request that a domain rule refuses. */
    public static ErrorResponseException unprocessable(String detail) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Request refused by a rule", detail);
    }

    /** A field the request got wrong, in the same shape as a failed bean validation. */
    public static ErrorResponseException invalidField(String field, String message) {
        ErrorResponseException invalid = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Some fields are missing or invalid.");
        invalid.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return invalid;
    }

    public static ErrorResponseException problem(HttpStatus status, String type, String title, String detail) {
        return new ErrorResponseException(status, body(status, type, title, detail), null);
    }

    /** A problem document whose {@code type} is {@code urn:qnet:problem:<type>}. */
    public static ProblemDetail body(HttpStatus status, String type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        return body;
    }
}
