package org.qnet.notifications.preference.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.qnet.notifications.inbox.model.Category;

/**
 * A member's choices per topic: whether it shows in the inbox (and the live stream), and how it comes
 * by email; and how often a digest gathers what was held back. Without choices a member gets
 * everything in the inbox and by email as it happens, except news of events on their topics, which
 * is frequent and comes in the digest.
 */
public record Preferences(Map<Topic, Choice> choices, DigestFrequency digest) {

    private static final Map<Topic, Choice> DEFAULTS = Map.of(
            Topic.MEMBERSHIP, new Choice(true, EmailChoice.IMMEDIATE),
            Topic.CONNECTIONS, new Choice(true, EmailChoice.IMMEDIATE),
            Topic.PROJECTS, new Choice(true, EmailChoice.IMMEDIATE),
            Topic.EVENTS, new Choice(true, EmailChoice.DIGEST));

    /** One topic's choice. */
    public record Choice(boolean inbox, EmailChoice email) {
    }

    public enum DigestFrequency {
        DAILY, WEEKLY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Preferences {
        EnumMap<Topic, Choice> complete = new EnumMap<>(DEFAULTS);
        complete.putAll(choices);
        choices = Map.copyOf(complete);
    }

    public static Preferences defaults() {
        return new Preferences(Map.of(), DigestFrequency.DAILY);
    }

    public Choice forCategory(Category category) {
        return choices.get(Topic.of(category));
    }
}
