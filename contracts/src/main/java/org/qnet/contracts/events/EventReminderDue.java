package org.qnet.contracts.events;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An event starts in 24 hours or 1 hour: its confirmed registrants are reminded, once per event and reminder. */
public record EventReminderDue(
        String eventId,
        String title,
        String reminder,
        Instant startsAt,
        String timeZone,
        List<String> memberIds,
        Instant dueAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("events", "EventReminderDue", 1);

    public EventReminderDue {
        memberIds = List.copyOf(memberIds);
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return eventId;
    }
}
