package org.qnet.contracts;

import java.util.Map;
import java.util.Optional;
import org.qnet.contracts.members.ConnectionAccepted;
import org.qnet.contracts.members.ConnectionDeclined;
import org.qnet.contracts.members.ConnectionRemoved;
import org.qnet.contracts.members.ConnectionRequested;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.contracts.members.NominationWithdrawn;
import org.qnet.contracts.members.OrganisationRegistered;
import org.qnet.contracts.members.RecruitmentRoundClosed;
import org.qnet.contracts.members.RecruitmentRoundOpened;

/** Every integration event type qnet publishes, with the record that carries its data. */
public final class EventCatalogue {

    private static final Map<String, Class<? extends IntegrationEvent>> BY_CE_TYPE = Map.ofEntries(
            entry(OrganisationRegistered.TYPE, OrganisationRegistered.class),
            entry(RecruitmentRoundOpened.TYPE, RecruitmentRoundOpened.class),
            entry(RecruitmentRoundClosed.TYPE, RecruitmentRoundClosed.class),
            entry(NominationSubmitted.TYPE, NominationSubmitted.class),
            entry(NominationWithdrawn.TYPE, NominationWithdrawn.class),
            entry(NominationDecided.TYPE, NominationDecided.class),
            entry(MemberAdmitted.TYPE, MemberAdmitted.class),
            entry(MemberProfileUpdated.TYPE, MemberProfileUpdated.class),
            entry(MemberErased.TYPE, MemberErased.class),
            entry(ConnectionRequested.TYPE, ConnectionRequested.class),
            entry(ConnectionAccepted.TYPE, ConnectionAccepted.class),
            entry(ConnectionDeclined.TYPE, ConnectionDeclined.class),
            entry(ConnectionRemoved.TYPE, ConnectionRemoved.class));

    private EventCatalogue() {
    }

    public static Map<String, Class<? extends IntegrationEvent>> all() {
        return BY_CE_TYPE;
    }

    public static Optional<Class<? extends IntegrationEvent>> dataClass(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    private static Map.Entry<String, Class<? extends IntegrationEvent>> entry(
            EventType type, Class<? extends IntegrationEvent> data) {
        return Map.entry(type.ceType(), data);
    }
}
