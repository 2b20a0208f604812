package org.qnet.projects.project.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.projects.project.model.JoinRequest;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.ProjectDescription;
import org.qnet.projects.project.model.ProjectStatus;
import org.qnet.projects.project.model.TeamMember;
import org.qnet.projects.project.model.Visibility;
import org.springframework.data.annotation.Id;

/**
 * How a project is stored. {@code searchText} is title, aim and topics lower-cased in one string, so
 * that a search is one literal match on one field.
 */
record ProjectDocument(@Id String id, String title, String aim, List<String> topics, String organisation,
                       String visibility, String status, String leadId, List<TeamMember> team,
                       List<JoinRequest> joinRequests, Set<String> followers, String searchText, Instant createdAt,
                       long version, List<OutboxEvent> outbox) {

    static final String TOPICS = "topics";
    static final String VISIBILITY = "visibility";
    static final String STATUS = "status";
    static final String TEAM_MEMBER = "team.memberId";
    static final String FOLLOWERS = "followers";
    static final String SEARCH_TEXT = "searchText";
    static final String CREATED_AT = "createdAt";
    static final String VERSION = "version";

    static ProjectDocument of(Project p, List<OutboxEvent> pending) {
        ProjectDescription d = p.description();
        return new ProjectDocument(p.id(), d.title(), d.aim(), d.topics(), d.organisation(), d.visibility().name(),
                p.status().name(), p.leadId(), p.team(), p.joinRequests(), p.followers(), searchText(d), p.createdAt(),
                p.version(), pending);
    }

    static String searchText(ProjectDescription d) {
        return String.join("\n", d.title(), d.aim(), String.join("\n", d.topics())).toLowerCase(Locale.ROOT);
    }

    Project toProject() {
        return new Project(id, new ProjectDescription(title, aim, topics, organisation, Visibility.valueOf(visibility)),
                ProjectStatus.valueOf(status), leadId, team, joinRequests == null ? List.of() : joinRequests,
                followers == null ? Set.of() : followers, createdAt, version);
    }
}
