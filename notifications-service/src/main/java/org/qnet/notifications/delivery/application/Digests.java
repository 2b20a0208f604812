package org.qnet.notifications.delivery.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.bson.Document;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.model.Email;
import org.qnet.notifications.preference.infrastructure.PreferenceStore;
import org.qnet.notifications.preference.model.Preferences;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Gathers what was held back for each member into one digest email per period (a day, or a week from
 * Monday, in UTC). The digest is queued under an id made of the member and the period, so however many
 * instances gather at once, one digest goes per member and period.
 */
@Service
public class Digests {

    private final EmailQueue queue;
    private final PreferenceStore preferences;
    private final Clock clock;

    Digests(EmailQueue queue, PreferenceStore preferences, Clock clock) {
        this.queue = queue;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Queues, to go at once, the digests of every period that had ended {@code asOf}; emits how many. */
    public Mono<Long> queueDue(Instant asOf) {
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        return queue.digestRecipients(today.atStartOfDay(ZoneOffset.UTC).toInstant())
                .concatMap(recipient -> preferences.of(recipient).flatMap(p -> {
                    LocalDate periodStart = p.digest() == Preferences.DigestFrequency.WEEKLY
                            ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : today;
                    return queue.heldFor(recipient, periodStart.atStartOfDay(ZoneOffset.UTC).toInstant()).collectList()
                            .filter(held -> !held.isEmpty())
                            .flatMap(held -> queue.enqueue(List.of(digest(recipient, periodStart, held, clock.instant())))
                                    .then(queue.digested(held.stream().map(d -> d.getString("_id")).toList()))
                                    .thenReturn(1L));
                }))
                .count();
    }

    private static Document digest(String recipient, LocalDate periodStart, List<Document> held, Instant now) {
        StringBuilder text = new StringBuilder("What happened in qnet since your last digest:\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">"
                + "<h1 style=\"font-size:18px\">Your qnet digest</h1><ul>");
        held.forEach(item -> {
            text.append("* ").append(item.getString("subject")).append('\n');
            html.append("<li>").append(Email.escape(item.getString("subject"))).append("</li>");
        });
        html.append("</ul></body></html>");
        String to = held.get(0).getString("to");
        Email email = new Email(to, "Your qnet digest: " + held.size() + (held.size() == 1 ? " update" : " updates"),
                text.toString(), html.toString());
        return EmailQueue.queued(recipient, "digest/" + periodStart, email, false, now);
    }
}
