package org.qnet.projects.project.application;

import java.time.Clock;
import java.util.List;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.platform.problem.Problems;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.Project.TeamChange;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Members ask to join a team; the lead answers, removes members and hands over the lead; anyone may leave. */
@Service
public class Teams {

    private final ProjectStore projects;
    private final ProjectAccess access;
    private final SharingProjects sharing;
    private final Clock clock;

    Teams(ProjectStore projects, ProjectAccess access, SharingProjects sharing, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.sharing = sharing;
        this.clock = clock;
    }

    public Mono<Project> askToJoin(String projectId, Viewer member, String message) {
        return access.requireKnownMember(member)
                .then(access.require(projectId, member, Access.READ))
                .flatMap(project -> save(project.askToJoin(member.id(), message, clock.instant()), List.of(), ""));
    }

    public Mono<Project> accept(String projectId, Viewer lead, String memberId) {
        return access.require(projectId, lead, Access.LEAD).flatMap(project -> save(
                project.accept(memberId, clock.instant()),
                List.of(new TeamMemberJoined(projectId, memberId, "member", clock.instant())),
                "No request to join from " + memberId));
    }

    public Mono<Project> decline(String projectId, Viewer lead, String memberId) {
        return access.require(projectId, lead, Access.LEAD)
                .flatMap(project -> save(project.decline(memberId), List.of(), "No request to join from " + memberId));
    }

    /** The lead removes a member; a member removes themself, which is leaving. */
    public Mono<Project> remove(String projectId, Viewer caller, String memberId) {
        boolean leaving = caller.id().equals(memberId);
        return access.require(projectId, caller, leaving ? Access.TEAM : Access.LEAD).flatMap(project -> save(
                project.removeFromTeam(memberId),
                List.of(new TeamMemberLeft(projectId, memberId, leaving ? "left" : "removed", clock.instant())),
                memberId + " is not on this team"));
    }

    public Mono<Project> handOverLead(String projectId, Viewer lead, String memberId) {
        return access.require(projectId, lead, Access.LEAD).flatMap(project -> {
            TeamChange change = project.handOverLeadTo(memberId);
            if (change instanceof TeamChange.Changed changed) {
                return sharing.saveUpdated(changed.project());
            }
            return save(change, List.of(), "");
        });
    }

    private Mono<Project> save(TeamChange change, List<? extends IntegrationEvent> events, String missing) {
        if (change instanceof TeamChange.Changed changed) {
            return projects.save(changed.project(), events).switchIfEmpty(ProjectAccess.changedMeanwhile());
        }
        if (change instanceof TeamChange.Refused refused) {
            return Mono.error(Problems.conflict(refused.reason()));
        }
        return Mono.error(Problems.notFound(missing));
    }
}
