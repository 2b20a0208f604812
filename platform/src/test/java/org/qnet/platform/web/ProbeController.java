package org.qnet.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Endpoints that fail in each of the ways a real service can. */
@RestController
class ProbeController {

    record Greeting(@NotBlank @Size(max = 20) String name, @Email String email) {
    }

    @PostMapping("/probe/greetings")
    Mono<Map<String, String>> greet(@Valid @RequestBody Greeting greeting, CurrentUser caller) {
        return Mono.just(Map.of("greeted", greeting.name(), "by", caller.subject()));
    }

    @PostMapping("/probe/admin")
    @PreAuthorize("hasRole('ADMIN')")
    Mono<String> adminOnly() {
        return Mono.just("done");
    }

    @GetMapping("/probe/things/{id}")
    Mono<String> thing(@PathVariable String id) {
        return Mono.error(Problems.notFound("No thing " + id));
    }

    @PostMapping("/probe/duplicates")
    Mono<String> duplicate() {
        return Mono.error(new DuplicateKeyException("E11000 duplicate key error collection: secret.things"));
    }

    @PostMapping("/probe/refusals")
    Mono<String> refused() {
        return Mono.error(Problems.unprocessable("The round is closed."));
    }

    @GetMapping("/probe/crash")
    Mono<String> crash() {
        return Mono.error(new IllegalStateException("database password is hunter2"));
    }
}
