package org.qnet.contracts.members;

import java.time.Instant;
import java.util.List;
import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** An ADMIN registered a nominating organisation; its nominators may now put candidates forward. */
public record OrganisationRegistered(
        String organisationId,
        String name,
        String kind,
        String region,
        List<Nominator> nominators,
        Instant registeredAt) implements IntegrationEvent {

    public static final EventType TYPE = new EventType("members", "OrganisationRegistered", 1);

    public OrganisationRegistered {
        nominators = List.copyOf(nominators);
    }

    /** A person who acts for the organisation: their sign-in subject and email. */
    public record Nominator(String subject, String email) {
    }

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return organisationId;
    }
}
