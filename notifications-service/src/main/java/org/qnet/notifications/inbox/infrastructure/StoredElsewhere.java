package org.qnet.notifications.inbox.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds what other instances stored for the members whose streams this instance holds: one look at
 * the inbox for all of them (each member's last position), waking the streams whose member's last
 * position moved to one this instance did not write itself (those woke their streams already). One
 * query per interval per instance, however many streams are open, where a timer per stream cost one
 * query per stream.
 */
@Component
public class StoredElsewhere {

    private final NotificationStore notifications;
    private final LiveNotifications live;
    /** The last position seen per member listening here; a member seen for the first time is woken too. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    StoredElsewhere(NotificationStore notifications, LiveNotifications live) {
        this.notifications = notifications;
        this.live = live;
    }

    public Mono<Void> look() {
        Set<String> listening = live.listening();
        seen.keySet().retainAll(listening);
        if (listening.isEmpty()) {
            return Mono.empty();
        }
        return notifications.lastPositions(List.copyOf(listening)).doOnNext(last -> last.forEach((member, position) -> {
            if (!position.equals(seen.put(member, position)) && !notifications.wroteLast(member, position)) {
                live.look(member);
            }
        })).then();
    }
}
