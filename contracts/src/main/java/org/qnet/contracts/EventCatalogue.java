package org.qnet.contracts;

import java.util.Map;
import java.util.Optional;
import org.qnet.contracts.events.AttendanceRecorded;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.contracts.events.RegistrationCancelled;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
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
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectUpdated;
import org.qnet.contracts.projects.ProjectStatusChanged;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.ProjectUnfollowed;
import org.qnet.contracts.projects.MeasureDefined;
import org.qnet.contracts.projects.MeasurementsRecorded;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleStarted;
import org.qnet.contracts.projects.PdsaCycleCompleted;

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
            entry(ConnectionRemoved.TYPE, ConnectionRemoved.class),
            entry(ProjectCreated.TYPE, ProjectCreated.class),
            entry(ProjectUpdated.TYPE, ProjectUpdated.class),
            entry(ProjectStatusChanged.TYPE, ProjectStatusChanged.class),
            entry(TeamMemberJoined.TYPE, TeamMemberJoined.class),
            entry(TeamMemberLeft.TYPE, TeamMemberLeft.class),
            entry(ProjectFollowed.TYPE, ProjectFollowed.class),
            entry(ProjectUnfollowed.TYPE, ProjectUnfollowed.class),
            entry(MeasureDefined.TYPE, MeasureDefined.class),
            entry(MeasurementsRecorded.TYPE, MeasurementsRecorded.class),
            entry(ImprovementSignalDetected.TYPE, ImprovementSignalDetected.class),
            entry(PdsaCycleStarted.TYPE, PdsaCycleStarted.class),
            entry(PdsaCycleCompleted.TYPE, PdsaCycleCompleted.class),
            entry(EventPublished.TYPE, EventPublished.class),
            entry(EventRescheduled.TYPE, EventRescheduled.class),
            entry(EventCancelled.TYPE, EventCancelled.class),
            entry(RegistrationConfirmed.TYPE, RegistrationConfirmed.class),
            entry(RegistrationWaitlisted.TYPE, RegistrationWaitlisted.class),
            entry(WaitlistPromoted.TYPE, WaitlistPromoted.class),
            entry(RegistrationCancelled.TYPE, RegistrationCancelled.class),
            entry(EventReminderDue.TYPE, EventReminderDue.class),
            entry(AttendanceRecorded.TYPE, AttendanceRecorded.class));

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
