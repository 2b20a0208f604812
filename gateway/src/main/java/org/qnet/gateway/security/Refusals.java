package org.qnet.gateway.security;

import org.qnet.gateway.problem.ProblemDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;

/** What the gateway refuses before anything is relayed: a caller not signed in, a request without its CSRF token. */
@Component
class Refusals {

    private final ProblemDocuments problems;

    Refusals(ProblemDocuments problems) {
        this.problems = problems;
    }

    ServerAuthenticationEntryPoint signInRequired() {
        return (exchange, e) -> problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in required",
                "You are not signed in, or your session has ended.");
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Request refused",
                "This request was refused because it did not come from a qnet page: reload the page and try again.");
    }
}
