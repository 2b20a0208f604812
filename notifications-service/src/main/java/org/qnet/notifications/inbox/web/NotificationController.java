package org.qnet.notifications.inbox.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.qnet.notifications.inbox.infrastructure.NotificationStore;
import org.qnet.notifications.inbox.model.Notification;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own inbox; nobody sees or changes another person's notifications. */
@RestController
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationStore notifications;
    private final Clock clock;

    NotificationController(NotificationStore notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    record NotificationResponse(String id, String category, String title, String body, String link,
                                String sourceEventId, Instant createdAt, boolean read) {
        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id(), n.category().name().toLowerCase(), n.title(), n.body(), n.link(),
                    n.sourceEventId(), n.createdAt(), n.isRead());
        }
    }

    record Page(List<NotificationResponse> items, String nextCursor) {
    }

    @GetMapping
    Mono<Page> inbox(CurrentUser caller,
                     @RequestParam(defaultValue = "false") boolean unread,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        if (cursor != null && !ObjectId.isValid(cursor)) {
            throw Problems.invalidField("cursor", "is not a cursor this inbox gave out");
        }
        return notifications.page(caller.subject(), unread, cursor, limit)
                .map(NotificationResponse::of)
                .collectList()
                .map(items -> new Page(items, items.size() == limit ? items.get(items.size() - 1).id() : null));
    }

    @GetMapping("/unread-count")
    Mono<Map<String, Long>> unreadCount(CurrentUser caller) {
        return notifications.unreadCount(caller.subject()).map(count -> Map.of("unread", count));
    }

    @PostMapping("/{id}/read")
    Mono<ResponseEntity<Void>> markRead(CurrentUser caller, @PathVariable String id) {
        return notifications.markRead(caller.subject(), id, clock.instant()).map(found -> {
            if (!found) {
                throw Problems.notFound("No notification " + id + " in your inbox");
            }
            return ResponseEntity.noContent().<Void>build();
        });
    }

    @PostMapping("/read-all")
    Mono<Map<String, Long>> markAllRead(CurrentUser caller) {
        return notifications.markAllRead(caller.subject(), clock.instant()).map(count -> Map.of("marked", count));
    }
}
