package org.qnet.notifications.inbox.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds what other instances stored for the members whose streams this instance holds, and wakes those
 * streams; what this instance stores woke its streams already. Each look asks, for every member
 * listening here, whether the position after the last one known (seen here, or written here) is
 * taken: one lookup each in the position index, however many notifications the members have. A taken
 * position wakes the stream, which reads everything after the last one it sent, and the next look asks
 * after that one. Only a member seen for the first time has their last position read (and is woken
 * when they have any): reading every listener's last position each time grew with all they had ever
 * received.
 */
@Component
public class StoredElsewhere {

    private final NotificationStore notifications;
    private final LiveNotifications live;
    /** The last position seen per member listening here, 0 for a member with none. */
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
        Map<String, Long> next = new HashMap<>();
        seen.forEach((member, position) ->
                next.put(member, Math.max(position, notifications.lastWrittenHere(member)) + 1));
        List<String> newcomers = listening.stream().filter(member -> !seen.containsKey(member)).toList();
        Mono<Void> moved = notifications.holding(next).doOnNext(taken -> taken.forEach(member -> {
            long position = next.get(member);
            seen.put(member, position);
            if (notifications.lastWrittenHere(member) < position) {
                live.look(member);
            }
        })).then();
        Mono<Void> arrived = newcomers.isEmpty() ? Mono.empty()
                : notifications.lastPositions(newcomers).doOnNext(last -> newcomers.forEach(member -> {
                    long position = last.getOrDefault(member, 0L);
                    seen.put(member, position);
                    if (position > 0 && notifications.lastWrittenHere(member) != position) {
                        live.look(member);
                    }
                })).then();
        return moved.then(arrived);
    }
}
