package org.qnet.events.event.model;

import java.util.List;

/** What an organiser says an event is: title, kind, summary, Markdown description and topics. */
public record EventDetails(String title, EventKind kind, String summary, String description, List<String> topics) {

    public static final int MAX_DESCRIPTION = 20_000;

    public EventDetails {
        topics = List.copyOf(topics);
    }
}
