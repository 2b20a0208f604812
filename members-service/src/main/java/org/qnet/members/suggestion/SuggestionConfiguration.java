package org.qnet.members.suggestion;

import java.util.function.Consumer;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.members.suggestion.infrastructure.ProjectTeams;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class SuggestionConfiguration {

    /** Reads {@code qnet.projects} for who works with whom, so suggestions can name shared projects. */
    @Bean
    Consumer<Message<byte[]>> projectEvents(Inbox inbox, ProjectTeams teams) {
        return EventConsumer.named("members-project-teams", inbox)
                .on(ProjectCreated.TYPE, ProjectCreated.class, (envelope, created) ->
                        teams.joined(created.projectId(), created.leadId()))
                .on(TeamMemberJoined.TYPE, TeamMemberJoined.class, (envelope, joined) ->
                        teams.joined(joined.projectId(), joined.memberId()))
                .on(TeamMemberLeft.TYPE, TeamMemberLeft.class, (envelope, left) ->
                        teams.left(left.projectId(), left.memberId()))
                .build();
    }
}
