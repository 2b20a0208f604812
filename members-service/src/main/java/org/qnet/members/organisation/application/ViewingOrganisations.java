package org.qnet.members.organisation.application;

import org.qnet.members.organisation.infrastructure.OrganisationStore;
import org.qnet.members.organisation.model.Organisation;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who may see an organisation: ADMIN and PANEL see all; a nominator sees the organisation they act
 * for; nobody else sees any.
 */
@Service
public class ViewingOrganisations {

    private final OrganisationStore store;

    ViewingOrganisations(OrganisationStore store) {
        this.store = store;
    }

    public Mono<Viewed> one(String id, CurrentUser caller) {
        return store.find(id)
                .<Viewed>map(organisation -> maySee(organisation, caller)
                        ? new Viewed.Visible(organisation)
                        : new Viewed.Hidden())
                .defaultIfEmpty(new Viewed.Missing());
    }

    public Flux<Organisation> all(CurrentUser caller) {
        return store.all().filter(organisation -> maySee(organisation, caller));
    }

    static boolean maySee(Organisation organisation, CurrentUser caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.PANEL) || caller.nominatesFor(organisation.id());
    }

    /** What the caller gets when asking for one organisation. */
    public sealed interface Viewed {
        record Visible(Organisation organisation) implements Viewed {
        }

        record Hidden() implements Viewed {
        }

        record Missing() implements Viewed {
        }
    }
}
