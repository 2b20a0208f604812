package org.qnet.notifications.preference.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.qnet.notifications.preference.infrastructure.PreferenceStore;
import org.qnet.notifications.preference.model.EmailChoice;
import org.qnet.notifications.preference.model.Preferences;
import org.qnet.notifications.preference.model.Topic;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own notification preferences: per topic inbox on or off and email immediate, digest or off. */
@RestController
@RequestMapping("/notification-preferences")
class PreferenceController {

    private final PreferenceStore preferences;

    PreferenceController(PreferenceStore preferences) {
        this.preferences = preferences;
    }

    record ChoiceBody(@NotNull Boolean inbox, @NotNull String email) {
    }

    record PreferencesBody(@NotNull Map<String, @NotNull @Valid ChoiceBody> topics, @NotNull String digest) {
    }

    @GetMapping
    Mono<PreferencesBody> mine(CurrentUser caller) {
        return preferences.of(caller.subject()).map(PreferenceController::body);
    }

    @PutMapping
    Mono<PreferencesBody> replace(@Valid @RequestBody PreferencesBody body, CurrentUser caller) {
        Map<Topic, Preferences.Choice> choices = new EnumMap<>(Topic.class);
        body.topics().forEach((code, choice) -> choices.put(
                Topic.fromCode(code).orElseThrow(() -> Problems.invalidField("topics." + code,
                        "is not a topic; they are membership, connections, projects, events")),
                new Preferences.Choice(choice.inbox(), EmailChoice.fromCode(choice.email()).orElseThrow(() ->
                        Problems.invalidField("topics." + code + ".email", "must be one of immediate, digest, off")))));
        Preferences.DigestFrequency digest = switch (body.digest()) {
            case "daily" -> Preferences.DigestFrequency.DAILY;
            case "weekly" -> Preferences.DigestFrequency.WEEKLY;
            default -> throw Problems.invalidField("digest", "must be daily or weekly");
        };
        return preferences.save(caller.subject(), new Preferences(choices, digest)).map(PreferenceController::body);
    }

    private static PreferencesBody body(Preferences p) {
        Map<String, ChoiceBody> topics = new TreeMap<>();
        p.choices().forEach((topic, choice) -> topics.put(topic.code(), new ChoiceBody(choice.inbox(),
                choice.email().code())));
        return new PreferencesBody(topics, p.digest().code());
    }
}
