package org.qnet.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
        return raised(notFoundBody(detail));
    }

    public static ErrorResponseException conflict(String detail) {
        return raised(conflictBody(detail));
    }

    public static ErrorResponseException forbidden(String detail) {
        return raised(forbiddenBody(detail));
    }

    /** The document of {@link #notFound}, for a failure that is already an exception of its own. */
    public static ProblemDetail notFoundBody(String detail) {
        return body(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** The document of {@link #conflict}, for a failure that is already an exception of its own. */
    public static ProblemDetail conflictBody(String detail) {
        return body(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
    }

    /** The document of {@link #forbidden}, for a failure that is already an exception of its own. */
    public static ProblemDetail forbiddenBody(String detail) {
        return body(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    /** A request without a valid access token, the same whichever part of a service refuses it. */
    public static ProblemDetail unauthorizedBody() {
        return body(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "A valid access token is required.");
    }

    /** A caller whose roles do not allow the request, the same whichever part of a service refuses it. */
    public static ProblemDetail accessDeniedBody() {
        return forbiddenBody("You may not do this.");
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
        return raised(body(status, type, title, detail));
    }

    private static ErrorResponseException raised(ProblemDetail body) {
        return new ErrorResponseException(HttpStatusCode.valueOf(body.getStatus()), body, null);
    }

    /** A problem document whose {@code type} is {@code urn:qnet:problem:<type>}. */
    public static ProblemDetail body(HttpStatus status, String type, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(title);
        return body;
    }
}
