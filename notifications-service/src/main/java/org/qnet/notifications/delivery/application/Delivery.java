package org.qnet.notifications.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * is delivered together: the same few reads and writes for the whole batch as for one event, the
 * names its notices give among them.
 */
@Service
public class Delivery implements BatchedEffects {

    private static final String PENDING = Delivery.class.getName() + ".pending";
    /** Whom a notice names when notifications has not heard of them (yet). */
    private static final String UNKNOWN_NAME = "A member";

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
        return notifications.isEmpty() ? Mono.empty() : deliver(new Notices(null, name -> notifications));
    }

    /**
     * Notifications that name {@code person}, written with the name qnet last told of them: within a
     * batch, the names of all its notices are read together when it completes.
     */
    public Mono<Void> deliverNaming(String person, Function<String, List<Notification>> notices) {
        return deliver(new Notices(person, notices));
    }

    private Mono<Void> deliver(Notices notices) {
        return Mono.deferContextual(context -> {
            // A notice is dated when what it tells of happened, so its age on arrival is the end-to-end latency.
            Notices dated = SourceEvent.time(context).map(notices::happenedAt).orElse(notices);
            return context.<Pending>getOrEmpty(PENDING)
                    .map(pending -> pending.add(dated))
                    .orElseGet(() -> deliverAll(List.of(dated)));
        });
    }

    @Override
    public Context open() {
        return Context.of(PENDING, new Pending());
    }

    @Override
    public Mono<Void> complete(ContextView batch) {
        return batch.<Pending>getOrEmpty(PENDING)
                .map(pending -> deliverAll(pending.takeAll()))
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

    private Mono<Void> deliverAll(List<Notices> all) {
        Set<String> named = all.stream().map(Notices::named).filter(Objects::nonNull).collect(Collectors.toSet());
        return (named.isEmpty() ? Mono.just(Map.<String, String>of()) : people.names(named))
                .flatMap(names -> deliverDated(all.stream().flatMap(notices -> notices.written(names).stream()).toList(),
                        clock.instant()));
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

    /**
     * What one event delivers: notifications written once the name they give (if any) is known, dated
     * when the event happened, less those to recipients erased after it.
     */
    private static final class Notices {
        private final String named;
        private final Function<String, List<Notification>> written;
        private final Instant happened;
        private final Set<String> erased = new HashSet<>();

        Notices(String named, Function<String, List<Notification>> written) {
            this(named, written, null);
        }

        private Notices(String named, Function<String, List<Notification>> written, Instant happened) {
            this.named = named;
            this.written = written;
            this.happened = happened;
        }

        String named() {
            return named;
        }

        Notices happenedAt(Instant when) {
            return new Notices(named, written, when);
        }

        void dropTo(String recipient) {
            erased.add(recipient);
        }

        List<Notification> written(Map<String, String> names) {
            return written.apply(named == null ? null : names.getOrDefault(named, UNKNOWN_NAME)).stream()
                    .filter(n -> !erased.contains(n.recipient()))
                    .map(n -> happened == null ? n : n.happenedAt(happened))
                    .toList();
        }
    }

    /** What a batch's events deliver, in the order they were handled. */
    private static final class Pending {
        private final List<Notices> delivered = new ArrayList<>();

        synchronized Mono<Void> add(Notices notices) {
            delivered.add(notices);
            return Mono.empty();
        }

        synchronized void dropTo(String recipient) {
            delivered.forEach(notices -> notices.dropTo(recipient));
        }

        synchronized List<Notices> takeAll() {
            List<Notices> all = List.copyOf(delivered);
            delivered.clear();
            return all;
        }
    }
}
