package org.qnet.notifications.delivery.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.infrastructure.EmailQueue.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends queued emails over SMTP, each claimed first so only one instance sends it; a failure is
 * retried with a growing wait, and given up after {@value #MAX_ATTEMPTS} attempts. Emails are claimed
 * and sent {@value #BATCH} at a time over one SMTP connection, since opening a connection (and its
 * TLS and login, with a real relay) costs more than a message.
 */
@Service
public class EmailSending {

    private static final Logger log = LoggerFactory.getLogger(EmailSending.class);
    static final int MAX_ATTEMPTS = 6;
    static final int BATCH = 50;
    /** An upper bound on one pass, so a long queue does not hold the timer. */
    private static final int MAX_PER_PASS = 200;

    private final EmailQueue queue;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;

    EmailSending(EmailQueue queue, JavaMailSender mail, Clock clock,
                 @Value("${qnet.notifications.mail-from:qnet <no-reply@qnet.example>}") String from) {
        this.queue = queue;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
    }

    /** Sends what is due, a batch at a time while batches come full; emits how many emails this pass handled. */
    public Mono<Long> sendDue() {
        return Flux.range(0, MAX_PER_PASS / BATCH)
                .concatMap(batch -> queue.claimDue(clock.instant(), BATCH).collectList().flatMap(this::send))
                .takeUntil(handled -> handled < BATCH)
                .reduce(0L, Long::sum);
    }

    private Mono<Long> send(List<Claimed> batch) {
        if (batch.isEmpty()) {
            return Mono.just(0L);
        }
        return Mono.fromCallable(() -> transmit(batch))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(failures -> queue.sent(batch.stream().filter(c -> !failures.containsKey(c)).map(Claimed::id).toList(),
                                clock.instant())
                        .thenMany(Flux.fromIterable(failures.entrySet()))
                        .concatMap(failure -> failed(failure.getKey(), failure.getValue()))
                        .then(Mono.just((long) batch.size())));
    }

    /** Sends the batch over one connection; emits the emails that did not go, each with why. */
    private Map<Claimed, Exception> transmit(List<Claimed> batch) {
        Map<Claimed, Exception> failures = new HashMap<>();
        Map<MimeMessage, Claimed> written = new LinkedHashMap<>();
        for (Claimed claimed : batch) {
            try {
                written.put(message(claimed), claimed);
            } catch (MessagingException malformed) {
                failures.put(claimed, malformed);
            }
        }
        if (written.isEmpty()) {
            return failures;
        }
        try {
            mail.send(written.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException some) {
            // Without failed messages, the connection failed to close after everything went.
            some.getFailedMessages().forEach((message, why) -> failures.put(written.get(message), why));
        } catch (MailException all) {
            written.values().forEach(claimed -> failures.put(claimed, all));
        }
        return failures;
    }

    private Mono<Void> failed(Claimed claimed, Exception failure) {
        int attempts = claimed.attempts() + 1;
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        Instant retryAt = clock.instant().plus(Duration.ofSeconds(5L << Math.min(attempts, 10)));
        log.warn("email {} failed (attempt {}{}): {}", claimed.id(), attempts, giveUp ? ", giving up" : "",
                failure.toString());
        return queue.failed(claimed.id(), attempts, retryAt, giveUp, failure.toString());
    }

    private MimeMessage message(Claimed claimed) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(claimed.email().to());
        helper.setSubject(claimed.email().subject());
        helper.setText(claimed.email().text(), claimed.email().html());
        return message;
    }
}
