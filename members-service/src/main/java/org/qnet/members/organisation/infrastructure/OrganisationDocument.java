package org.qnet.members.organisation.infrastructure;

import java.time.Instant;
import java.util.List;
import org.qnet.members.organisation.model.Nominator;
import org.qnet.members.organisation.model.Organisation;
import org.qnet.members.organisation.model.OrganisationKind;
import org.qnet.members.reference.Region;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/** How an organisation is stored, with the events its last change has not yet published. */
record OrganisationDocument(@Id String id, String name, String kind, String region, List<NominatorDocument> nominators,
                            Instant registeredAt, List<OutboxEvent> outbox) {

    record NominatorDocument(String subject, String email) {
    }

    static OrganisationDocument of(Organisation organisation, List<OutboxEvent> pending) {
        return new OrganisationDocument(organisation.id(), organisation.name(), organisation.kind().name(),
                organisation.region().name(),
                organisation.nominators().stream().map(n -> new NominatorDocument(n.subject(), n.email())).toList(),
                organisation.registeredAt(), pending);
    }

    Organisation toOrganisation() {
        return new Organisation(id, name, OrganisationKind.valueOf(kind), Region.valueOf(region),
                nominators.stream().map(n -> new Nominator(n.subject(), n.email())).toList(), registeredAt);
    }
}
