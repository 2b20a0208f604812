package org.qnet.members.suggestion.web;

import java.util.List;
import org.qnet.members.suggestion.application.Suggestions;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Who the caller might connect with next. */
@RestController
class SuggestionController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final Suggestions suggestions;

    SuggestionController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    record SuggestedPeer(String id, String name, String profession, String region, List<String> topics, String reason) {
    }

    @GetMapping("/members/me/suggestions")
    Mono<List<SuggestedPeer>> mine(@RequestParam(required = false) Integer limit, CurrentUser caller) {
        int wanted = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
        return suggestions.forMember(caller.subject(), wanted)
                .map(found -> found.stream().map(s -> {
                    var p = s.member().profile();
                    return new SuggestedPeer(s.member().id(), s.member().name(), p.profession().code(),
                            p.region().displayName(), p.topics(), s.suggestion().reason());
                }).toList())
                .switchIfEmpty(Mono.error(() -> Problems.notFound("You have no member profile.")));
    }
}
