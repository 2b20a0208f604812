package org.qnet.notifications.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import org.qnet.platform.messaging.BatchedEffects;
import org.qnet.platform.messaging.SourceEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Delivers notifications as each recipient asked: into the inbox (and so the live stream) unless they
 * turned that off, and by email at once, in the digest, or not at all. Preferences and addresses of
 * all recipients are read in one query each, so a fan-out to thousands stays a few writes per batch.
 *
 * <p>While a batch of events is handled, what its events deliver waits for the end of the batch and
 * is delivered together: the same few reads and writes for the whole batch as for one event.
 */
@Service
public class Delivery implements BatchedEffects {

    private static final String PENDING = Delivery.class.getName() + ".pending";

    private final NotificationStore inbox;
    private final EmailQueue emails;
    private final PreferenceStore preferences;
    private final People people;
    private final Clock clock;
    private final String webUrl;
    private final DeliveryMetrics metrics;

    Delivery(NotificationStore inbox, EmailQueue emails, PreferenceStore preferences, People people, Clock clock,
             @Value("${qnet.notifications.web-url:http://127.0.0.1:8080}") String webUrl, DeliveryMetrics metrics) {
        this.inbox = inbox;
        this.emails = emails;
        this.preferences = preferences;
        this.people = people;
        this.clock = clock;
        this.webUrl = webUrl;
        this.metrics = metrics;
    }

    public Mono<Void> deliver(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Mono.empty();
        }
        return Mono.deferContextual(context -> {
            // A notice is dated when what it tells of happened, so its age on arrival is the end-to-end latency.
            List<Notification> dated = SourceEvent.time(context)
                    .map(happened -> notifications.stream().map(n -> n.happenedAt(happened)).toList())
                    .orElse(notifications);
            return context.<Pending>getOrEmpty(PENDING)
                    .map(pending -> pending.add(dated))
                    .orElseGet(() -> deliverDated(dated, clock.instant()));
        });
    }

    @Override
    public Context open() {
        return Context.of(PENDING, new Pending());
    }

    @Override
    public Mono<Void> complete(ContextView batch) {
        return batch.<Pending>getOrEmpty(PENDING)
                .map(pending -> deliverDated(pending.takeAll(), clock.instant()))
                .orElseGet(Mono::empty);
    }

    /**
     * Drops what the current batch was to deliver to a member who is being erased, inbox and email
     * alike: delivered after their erasure, it would outlive it.
     */
    public Mono<Void> dropPendingTo(String memberId) {
        return Mono.deferContextual(context -> {
            context.<Pending>getOrEmpty(PENDING).ifPresent(pending -> pending.dropTo(memberId));
            return Mono.empty();
        });
    }

    private Mono<Void> deliverDated(List<Notification> notifications, Instant now) {
        if (notifications.isEmpty()) {
            return Mono.empty();
        }
        List<String> recipients = notifications.stream().map(Notification::recipient).distinct().toList();
        return Mono.zip(preferences.ofAll(recipients), people.emails(recipients))
                .flatMap(found -> {
                    Map<String, Preferences> chosen = found.getT1();
                    Map<String, String> addresses = found.getT2();
                    List<Notification> toInbox = notifications.stream()
                            .filter(n -> choiceOf(chosen, n).inbox()).toList();
                    List<Notification> toEmail = notifications.stream()
                            .filter(n -> choiceOf(chosen, n).email() != EmailChoice.OFF && addresses.containsKey(n.recipient()))
                            .toList();
                    List<Document> queued = toEmail.stream()
                            .map(n -> EmailQueue.queued(n.recipient(), n.sourceEventId(),
                                    Email.of(n, addresses.get(n.recipient()), webUrl),
                                    choiceOf(chosen, n).email() == EmailChoice.DIGEST, now))
                            .toList();
                    // Independent writes, each keyed by recipient and source event, so a retry repeats neither.
                    return Mono.when(inbox.addBatch(toInbox), emails.enqueue(queued))
                            .then(Mono.fromRunnable(() -> {
                                Instant stored = clock.instant();
                                toInbox.forEach(n -> metrics.stored(n.createdAt(), stored));
                                toInbox.forEach(n -> metrics.delivered(n.category(), "inbox", 1));
                                toEmail.forEach(n -> metrics.delivered(n.category(),
                                        choiceOf(chosen, n).email() == EmailChoice.DIGEST ? "digest" : "email", 1));
                            }));
                });
    }

    private static Preferences.Choice choiceOf(Map<String, Preferences> chosen, Notification n) {
        return chosen.getOrDefault(n.recipient(), Preferences.defaults()).forCategory(n.category());
    }

    /** What a batch's events deliver, in the order they were handled. */
    private static final class Pending {
        private final List<Notification> notifications = new ArrayList<>();

        synchronized Mono<Void> add(List<Notification> delivered) {
            notifications.addAll(delivered);
            return Mono.empty();
        }

        synchronized void dropTo(String recipient) {
            notifications.removeIf(n -> n.recipient().equals(recipient));
        }

        synchronized List<Notification> takeAll() {
            List<Notification> all = List.copyOf(notifications);
            notifications.clear();
            return all;
        }
    }
}
