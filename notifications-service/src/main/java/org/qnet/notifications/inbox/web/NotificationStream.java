package org.qnet.notifications.inbox.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.qnet.notifications.delivery.application.DeliveryMetrics;
import org.qnet.notifications.inbox.infrastructure.LiveNotifications;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The caller's new notifications as Server-Sent Events. Each event's id is the notification's
 * position in the member's stream, so a client that reconnects with Last-Event-ID gets exactly what
 * came after it. When this instance stores a notification for the member, the stream sends it as it
 * was written if it is the next one; otherwise (a gap, or another instance stored it and the
 * instance's {@code StoredElsewhere} saw it) the stream reads everything after the last one it sent.
 * Heartbeats keep proxies from closing a quiet stream.
 */
@RestController
class NotificationStream {

    private static final int PAGE = 100;
    /**
     * Wakes kept while the stream is busy sending; beyond these the oldest are dropped, which costs at
     * most a read: the newest is always kept, and it no longer follows the last one sent.
     */
    private static final int WAKES = 64;

    private final NotificationStore notifications;
    private final LiveNotifications live;
    private final Duration heartbeat;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    NotificationStream(NotificationStore notifications, LiveNotifications live, DeliveryMetrics metrics, Clock clock,
                       @Value("${qnet.notifications.stream.heartbeat:15s}") Duration heartbeat) {
        this.notifications = notifications;
        this.live = live;
        this.heartbeat = heartbeat;
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<NotificationController.NotificationResponse>> stream(
            CurrentUser caller, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String me = caller.subject();
        AtomicLong last = new AtomicLong(position(lastEventId));
        // Listening starts before the first read, so that nothing stored in between goes unwoken.
        Flux<LiveNotifications.Wake> wakes = Flux.merge(live.wakesFor(me), Mono.just(LiveNotifications.Wake.toLook()))
                .onBackpressureBuffer(WAKES, dropped -> { }, BufferOverflowStrategy.DROP_OLDEST);
        Flux<ServerSentEvent<NotificationController.NotificationResponse>> news = wakes
                .concatMap(wake -> unsent(me, wake, last.get()).doOnNext(n -> last.set(n.position())), 1)
                .doOnNext(n -> metrics.pushed(n.createdAt(), clock.instant()))
                .map(n -> ServerSentEvent.builder(NotificationController.NotificationResponse.of(n))
                        .id(Long.toString(n.position())).event("notification").build());
        // The first beat goes out at once, so that the stream is open (its headers sent) even with nothing to say.
        Flux<ServerSentEvent<NotificationController.NotificationResponse>> heartbeats = Flux.interval(Duration.ZERO, heartbeat)
                .map(beat -> ServerSentEvent.<NotificationController.NotificationResponse>builder().comment("heartbeat").build());
        return Flux.merge(news, heartbeats);
    }

    private Flux<Notification> unsent(String me, LiveNotifications.Wake wake, long lastSent) {
        if (wake.sentBefore(lastSent)) {
            return Flux.empty();
        }
        return wake.follows(lastSent) ? Flux.just(wake.stored()) : storedAfter(me, lastSent);
    }

    /** Everything in the member's stream after a position, a page at a time. */
    private Flux<Notification> storedAfter(String me, long position) {
        return notifications.after(me, position, PAGE).collectList().flatMapMany(page -> page.size() < PAGE
                ? Flux.fromIterable(page)
                : Flux.fromIterable(page).concatWith(Flux.defer(() -> storedAfter(me, page.get(PAGE - 1).position()))));
    }

    private static long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException notOurs) {
            throw Problems.invalidField("Last-Event-ID", "is not an id this stream gave out");
        }
    }
}
