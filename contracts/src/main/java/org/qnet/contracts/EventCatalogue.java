package org.qnet.contracts;

import java.util.Map;
import java.util.Optional;
import org.qnet.contracts.members.OrganisationRegistered;

/** Every integration event type qnet publishes, with the record that carries its data. */
public final class EventCatalogue {

    private static final Map<String, Class<? extends IntegrationEvent>> BY_CE_TYPE = Map.of(
            OrganisationRegistered.TYPE.ceType(), OrganisationRegistered.class);

    private EventCatalogue() {
    }

    public static Map<String, Class<? extends IntegrationEvent>> all() {
        return BY_CE_TYPE;
    }

    public static Optional<Class<? extends IntegrationEvent>> dataClass(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }
}
