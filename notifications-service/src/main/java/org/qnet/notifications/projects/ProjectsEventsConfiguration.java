package org.qnet.notifications.projects;

import java.util.List;
import java.util.function.Consumer;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.ProjectUnfollowed;
import org.qnet.contracts.projects.ProjectUpdated;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.notifications.delivery.application.Delivery;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reads {@code qnet.projects} and turns its events into notifications, a poll of events at a time. */
@Configuration(proxyBeanMethods = false)
class ProjectsEventsConfiguration {

    @Bean
    Consumer<Message<List<byte[]>>> projectsEvents(Inbox inbox, ProjectsNotifying notifying, Delivery delivery) {
        return EventConsumer.named("notifications-projects", inbox)
                .on(ProjectCreated.TYPE, ProjectCreated.class, (envelope, e) -> notifying.on(e))
                .on(ProjectUpdated.TYPE, ProjectUpdated.class, (envelope, e) -> notifying.on(e))
                .on(TeamMemberJoined.TYPE, TeamMemberJoined.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(TeamMemberLeft.TYPE, TeamMemberLeft.class, (envelope, e) -> notifying.on(e))
                .on(ProjectFollowed.TYPE, ProjectFollowed.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .on(ProjectUnfollowed.TYPE, ProjectUnfollowed.class, (envelope, e) -> notifying.on(e))
                .on(ImprovementSignalDetected.TYPE, ImprovementSignalDetected.class,
                        (envelope, e) -> notifying.on(e, envelope.id()))
                .on(PdsaCycleCompleted.TYPE, PdsaCycleCompleted.class, (envelope, e) -> notifying.on(e, envelope.id()))
                .buildForBatches(delivery);
    }
}
