package org.qnet.notifications.projects;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.ProjectUnfollowed;
import org.qnet.contracts.projects.ProjectUpdated;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.contracts.projects.TeamMemberLeft;
import org.qnet.notifications.audience.infrastructure.Audiences;
import org.qnet.notifications.audience.infrastructure.Audiences.Audience;
import org.qnet.notifications.delivery.application.Delivery;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Turns qnet.projects into notices: the lead hears of new followers, the team of new members, and the
 * team and followers of signals in their data and completed PDSA cycles. Keeps each project's team and
 * followers as an audience.
 */
@Service
class ProjectsNotifying {

    static final String TEAM = "team";
    static final String FOLLOWERS = "followers";

    private final Delivery delivery;
    private final Audiences audiences;
    private final Clock clock;

    ProjectsNotifying(Delivery delivery, Audiences audiences, Clock clock) {
        this.delivery = delivery;
        this.audiences = audiences;
        this.clock = clock;
    }

    static String project(String projectId) {
        return "project:" + projectId;
    }

    Mono<Void> on(ProjectCreated created) {
        return audiences.titled(project(created.projectId()), created.title())
                .then(audiences.add(project(created.projectId()), TEAM, created.leadId()));
    }

    Mono<Void> on(ProjectUpdated updated) {
        return audiences.titled(project(updated.projectId()), updated.title());
    }

    Mono<Void> on(TeamMemberJoined joined, String eventId) {
        String id = project(joined.projectId());
        return audiences.find(id)
                .flatMap(audience -> delivery.deliverNaming(joined.memberId(), name -> ProjectNotices.joined(
                        audience.members(TEAM), joined.memberId(), name, joined.projectId(), title(audience), eventId,
                        clock.instant())))
                .then(audiences.add(id, TEAM, joined.memberId()));
    }

    Mono<Void> on(TeamMemberLeft left) {
        return audiences.remove(project(left.projectId()), TEAM, left.memberId());
    }

    Mono<Void> on(ProjectFollowed followed, String eventId) {
        String id = project(followed.projectId());
        return audiences.add(id, FOLLOWERS, followed.memberId())
                .then(audiences.find(id))
                .flatMap(audience -> delivery.deliverNaming(followed.memberId(), name -> List.of(ProjectNotices.followed(
                        followed.leadId(), followed.projectId(), title(audience), name, eventId, clock.instant()))));
    }

    Mono<Void> on(ProjectUnfollowed unfollowed) {
        return audiences.remove(project(unfollowed.projectId()), FOLLOWERS, unfollowed.memberId());
    }

    Mono<Void> on(ImprovementSignalDetected signal, String eventId) {
        return everyoneOn(signal.projectId()).flatMap(audience -> delivery.deliver(
                ProjectNotices.signal(teamAndFollowers(audience), signal, eventId, clock.instant())));
    }

    Mono<Void> on(PdsaCycleCompleted completed, String eventId) {
        return everyoneOn(completed.projectId()).flatMap(audience -> delivery.deliver(
                ProjectNotices.cycleCompleted(teamAndFollowers(audience), title(audience), completed, eventId,
                        clock.instant())));
    }

    private Mono<Audience> everyoneOn(String projectId) {
        return audiences.find(project(projectId));
    }

    private static Set<String> teamAndFollowers(Audience audience) {
        Set<String> everyone = new LinkedHashSet<>(audience.members(TEAM));
        everyone.addAll(audience.members(FOLLOWERS));
        return everyone;
    }

    private static String title(Audience audience) {
        return audience.title() == null ? "a project" : audience.title();
    }
}
