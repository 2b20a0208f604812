package org.qnet.members.organisation.application;

import java.time.Clock;
import java.util.List;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.members.organisation.model.Nominator;
import org.qnet.members.organisation.model.Organisation;
import org.qnet.members.organisation.model.Organisation.RegistrationResult;
import org.qnet.members.organisation.model.OrganisationKind;
import org.qnet.members.reference.Region;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** An ADMIN registers a nominating organisation; its nominators are told they can nominate. */
@Service
public class RegisteringOrganisation {

    private final OrganisationStore store;
    private final Clock clock;

    RegisteringOrganisation(OrganisationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<RegistrationResult> register(String name, OrganisationKind kind, Region region, List<Nominator> nominators) {
        RegistrationResult result = Organisation.register(name, kind, region, nominators, clock.instant());
        if (result instanceof RegistrationResult.Registered registered) {
            return store.insert(registered.organisation(), registeredEvent(registered.organisation()))
                    .map(RegistrationResult.Registered::new);
        }
        return Mono.just(result);
    }

    private static OrganisationRegistered registeredEvent(Organisation organisation) {
        return new OrganisationRegistered(organisation.id(), organisation.name(), organisation.kind().code(),
                organisation.region().displayName(),
                organisation.nominators().stream()
                        .map(n -> new OrganisationRegistered.Nominator(n.subject(), n.email())).toList(),
                organisation.registeredAt());
    }
}
