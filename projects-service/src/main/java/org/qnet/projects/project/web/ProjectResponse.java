package org.qnet.projects.project.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.Viewer;

/**
 * A project as the caller sees it: the team by name, how many follow it and whether the caller does,
 * what the caller may do, and for the lead the requests to join.
 */
record ProjectResponse(String id, String title, String aim, List<String> topics, String organisation,
                       String visibility, String status, Person lead, List<TeamMemberView> team, int followers,
                       boolean following, boolean askedToJoin, String yourAccess, List<JoinRequestView> joinRequests,
                       Instant createdAt) {

    static final String FORMER_MEMBER = "Former member";

    record Person(String id, String name) {
    }

    record TeamMemberView(String id, String name, String role, Instant joinedAt) {
    }

    record JoinRequestView(String memberId, String name, String message, Instant requestedAt) {
    }

    static ProjectResponse of(Project p, Viewer viewer, Map<String, String> names) {
        Access access = p.accessFor(viewer);
        var d = p.description();
        List<TeamMemberView> team = p.team().stream().map(member -> new TeamMemberView(member.memberId(),
                names.getOrDefault(member.memberId(), FORMER_MEMBER),
                member.memberId().equals(p.leadId()) ? "lead" : "member", member.joinedAt())).toList();
        List<JoinRequestView> requests = access == Access.LEAD
                ? p.joinRequests().stream().map(r -> new JoinRequestView(r.memberId(),
                        names.getOrDefault(r.memberId(), FORMER_MEMBER), r.message(), r.requestedAt())).toList()
                : List.of();
        Person lead = p.leadId() == null ? null : new Person(p.leadId(), names.getOrDefault(p.leadId(), FORMER_MEMBER));
        return new ProjectResponse(p.id(), d.title(), d.aim(), d.topics(), d.organisation(), d.visibility().code(),
                p.status().code(), lead, team, p.followers().size(), p.isFollowedBy(viewer.id()),
                p.requestFrom(viewer.id()).isPresent(), access.name().toLowerCase(Locale.ROOT), requests,
                p.createdAt());
    }

    /** Everyone whose name the response shows. */
    static List<String> people(Project p) {
        var ids = new ArrayList<String>();
        p.team().forEach(member -> ids.add(member.memberId()));
        p.joinRequests().forEach(request -> ids.add(request.memberId()));
        if (p.leadId() != null) {
            ids.add(p.leadId());
        }
        return ids;
    }
}
