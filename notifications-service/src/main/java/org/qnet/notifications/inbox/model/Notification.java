package org.qnet.notifications.inbox.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Something one person should know. The source event id makes it unique per recipient: a redelivered
 * event never makes a second notification.
 *
 * @param link     where in qnet the subject can be seen, relative to the API root
 * @param position the notification's place in its recipient's stream: 1, 2, 3... with no gaps, which
 *                 is what a live stream resumes from (0 until stored)
 */
public record Notification(String id, String recipient, Category category, String title, String body, String link,
                           String sourceEventId, Instant createdAt, Instant readAt, long position) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 1_000;

    public Notification {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(category);
        Objects.requireNonNull(sourceEventId);
        title = clip(title, MAX_TITLE);
        body = clip(body, MAX_BODY);
    }

    public static Notification unread(String recipient, Category category, String title, String body, String link,
                                      String sourceEventId, Instant now) {
        return new Notification(null, recipient, category, title, body, link, sourceEventId, now, null, 0);
    }

    /** The same notice, dated when what it tells of happened. */
    public Notification happenedAt(Instant when) {
        return new Notification(id, recipient, category, title, body, link, sourceEventId, when, readAt, position);
    }

    public boolean isRead() {
        return readAt != null;
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
