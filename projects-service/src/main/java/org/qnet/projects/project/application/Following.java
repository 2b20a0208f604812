package org.qnet.projects.project.application;

import java.time.Clock;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.ProjectUnfollowed;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Any member follows a project they can see, to hear of its signals and cycles; doing it twice changes nothing. */
@Service
public class Following {

    private final ProjectStore projects;
    private final ProjectAccess access;
    private final Clock clock;

    Following(ProjectStore projects, ProjectAccess access, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Project> follow(String projectId, Viewer member) {
        return access.requireKnownMember(member)
                .then(access.require(projectId, member, Access.READ))
                .flatMap(project -> project.isFollowedBy(member.id())
                        ? Mono.just(project)
                        : projects.follow(projectId, member.id(),
                                        new ProjectFollowed(projectId, member.id(), project.leadId(), clock.instant()))
                                .switchIfEmpty(projects.find(projectId)));
    }

    public Mono<Project> unfollow(String projectId, Viewer member) {
        return access.require(projectId, member, Access.READ)
                .flatMap(project -> !project.isFollowedBy(member.id())
                        ? Mono.just(project)
                        : projects.unfollow(projectId, member.id(),
                                        new ProjectUnfollowed(projectId, member.id(), clock.instant()))
                                .switchIfEmpty(projects.find(projectId)));
    }
}
