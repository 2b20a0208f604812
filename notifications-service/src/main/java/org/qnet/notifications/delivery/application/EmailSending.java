package org.qnet.notifications.delivery.application;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.qnet.notifications.delivery.infrastructure.EmailQueue;
import org.qnet.notifications.delivery.infrastructure.EmailQueue.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends queued emails over SMTP, each claimed first so only one instance sends it; a failure is
 * retried with a growing wait, and given up after {@value #MAX_ATTEMPTS} attempts.
 */
@Service
public class EmailSending {

    private static final Logger log = LoggerFactory.getLogger(EmailSending.class);
    static final int MAX_ATTEMPTS = 6;
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

    /** Sends what is due; emits how many emails this pass handled. */
    public Mono<Long> sendDue() {
        return Flux.range(0, MAX_PER_PASS)
                .concatMap(i -> queue.claimNext(clock.instant()).flatMap(this::send).defaultIfEmpty(false))
                .takeWhile(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> send(Claimed claimed) {
        return Mono.fromRunnable(() -> mail.send(message(claimed)))
                .subscribeOn(Schedulers.boundedElastic())
                .then(queue.sent(claimed.id(), clock.instant()))
                .thenReturn(true)
                .onErrorResume(failure -> {
                    int attempts = claimed.attempts() + 1;
                    boolean giveUp = attempts >= MAX_ATTEMPTS;
                    Instant retryAt = clock.instant().plus(Duration.ofSeconds(5L << Math.min(attempts, 10)));
                    log.warn("email {} failed (attempt {}{}): {}", claimed.id(), attempts, giveUp ? ", giving up" : "",
                            failure.toString());
                    return queue.failed(claimed.id(), attempts, retryAt, giveUp, failure.toString()).thenReturn(true);
                });
    }

    private MimeMessage message(Claimed claimed) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(claimed.email().to());
            helper.setSubject(claimed.email().subject());
            helper.setText(claimed.email().text(), claimed.email().html());
        } catch (MessagingException malformed) {
            throw new IllegalStateException("email " + claimed.id() + " could not be written", malformed);
        }
        return message;
    }
}
