package org.qnet.notifications.inbox.web;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.qnet.notifications.delivery.application.DeliveryMetrics;
import org.qnet.notifications.inbox.infrastructure.LiveNotifications;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * The caller's new notifications as Server-Sent Events. Each event's id is the notification's
 * position in the member's stream, so a client that reconnects with Last-Event-ID gets exactly what
 * came after it. The stream reads the database, not memory, when it is woken: at once when this
 * instance stored a notification for the member, and within one look of the instance's
 * {@code StoredElsewhere} when another did. Heartbeats keep proxies from closing a quiet stream.
 */
@RestController
class NotificationStream {

    private static final int BATCH = 100;

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
        Flux<Long> looks = Flux.merge(Flux.just(0L), live.storedFor(me).map(wake -> 0L))
                .onBackpressureLatest();
        Flux<ServerSentEvent<NotificationController.NotificationResponse>> news = looks
                .concatMap(look -> notifications.after(me, last.get(), BATCH).doOnNext(n -> last.set(n.position())), 1)
                .doOnNext(n -> metrics.pushed(n.createdAt(), clock.instant()))
                .map(n -> ServerSentEvent.builder(NotificationController.NotificationResponse.of(n))
                        .id(Long.toString(n.position())).event("notification").build());
        // The first beat goes out at once, so that the stream is open (its headers sent) even with nothing to say.
        Flux<ServerSentEvent<NotificationController.NotificationResponse>> heartbeats = Flux.interval(Duration.ZERO, heartbeat)
                .map(beat -> ServerSentEvent.<NotificationController.NotificationResponse>builder().comment("heartbeat").build());
        return Flux.merge(news, heartbeats);
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
