package org.qnet.notifications.preference.model;

import java.util.Locale;
import java.util.Optional;
import org.qnet.notifications.inbox.model.Category;

/** The four things a member sets preferences for; nominations count as membership. */
public enum Topic {
    MEMBERSHIP, CONNECTIONS, PROJECTS, EVENTS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Topic of(Category category) {
        return switch (category) {
            case NOMINATION, MEMBERSHIP -> MEMBERSHIP;
            case CONNECTION -> CONNECTIONS;
            case PROJECT -> PROJECTS;
            case EVENT -> EVENTS;
        };
    }

    public static Optional<Topic> fromCode(String code) {
        for (Topic topic : values()) {
            if (topic.code().equals(code)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }
}
