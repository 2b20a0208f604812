package org.qnet.notifications.events;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

/** What members are told about events: new ones on their topics, their registrations, changes, reminders. */
final class EventNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private EventNotices() {
    }

    static String when(Instant startsAt, String timeZone) {
        return WHEN.format(startsAt.atZone(ZoneId.of(timeZone))) + " (" + timeZone + ")";
    }

    static Notification about(String memberId, String eventId, String title, String body, String sourceEventId,
                              Instant now) {
        return Notification.unread(memberId, Category.EVENT, title, body, "/events/" + eventId, sourceEventId, now);
    }
}
