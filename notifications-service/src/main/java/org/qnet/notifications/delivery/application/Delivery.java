package org.qnet.notifications.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.qnet.notifications.audience.infrastructure.People;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.model.Email;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.notifications.preference.infrastructure.PreferenceStore;
import org.qnet.notifications.preference.model.EmailChoice;
import org.qnet.notifications.preference.model.Preferences;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Delivers notifications as each recipient asked: into the inbox (and so the live stream) unless they
 * turned that off, and by email at once, in the digest, or not at all. Preferences and addresses of
 * all recipients are read in one query each, so a fan-out to thousands stays a few writes per batch.
 */
@Service
public class Delivery {

    private final NotificationStore inbox;
    private final EmailQueue emails;
    private final PreferenceStore preferences;
    private final People people;
    private final Clock clock;
    private final String webUrl;

    Delivery(NotificationStore inbox, EmailQueue emails, PreferenceStore preferences, People people, Clock clock,
             @Value("${qnet.notifications.web-url:http://127.0.0.1:8080}") String webUrl) {
        this.inbox = inbox;
        this.emails = emails;
        this.preferences = preferences;
        this.people = people;
        this.clock = clock;
        this.webUrl = webUrl;
    }

    public Mono<Void> deliver(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Mono.empty();
        }
        List<String> recipients = notifications.stream().map(Notification::recipient).distinct().toList();
        return Mono.zip(preferences.ofAll(recipients), people.emails(recipients))
                .flatMap(found -> {
                    Map<String, Preferences> chosen = found.getT1();
                    Map<String, String> addresses = found.getT2();
                    Instant now = clock.instant();
                    List<Notification> toInbox = notifications.stream()
                            .filter(n -> choiceOf(chosen, n).inbox()).toList();
                    List<Document> toEmail = notifications.stream()
                            .filter(n -> choiceOf(chosen, n).email() != EmailChoice.OFF && addresses.containsKey(n.recipient()))
                            .map(n -> EmailQueue.queued(n.recipient(), n.sourceEventId(),
                                    Email.of(n, addresses.get(n.recipient()), webUrl),
                                    choiceOf(chosen, n).email() == EmailChoice.DIGEST, now))
                            .toList();
                    return inbox.addBatch(toInbox).then(emails.enqueue(toEmail));
                });
    }

    private static Preferences.Choice choiceOf(Map<String, Preferences> chosen, Notification n) {
        return chosen.getOrDefault(n.recipient(), Preferences.defaults()).forCategory(n.category());
    }
}
