package org.qnet.projects.project.application;

import org.qnet.platform.problem.Problems;
import org.qnet.projects.member.infrastructure.KnownMembers;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Loads a project for someone who needs a level of access to it. A project they may not see does not
 * exist for them (404), so its existence is not given away; one they see but may not change is 403.
 */
@Service
public class ProjectAccess {

    private final ProjectStore projects;
    private final KnownMembers members;

    ProjectAccess(ProjectStore projects, KnownMembers members) {
        this.projects = projects;
        this.members = members;
    }

    public Mono<Project> require(String projectId, Viewer viewer, Access needed) {
        return projects.find(projectId)
                .filter(project -> project.accessFor(viewer) != Access.NONE)
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No project " + projectId)))
                .flatMap(project -> project.accessFor(viewer).atLeast(needed)
                        ? Mono.just(project)
                        : Mono.error(Problems.forbidden(needed == Access.LEAD
                                ? "Only the project's lead may do this."
                                : "Only the project's team may change it, its measures, data and cycles.")));
    }

    /** Joining, following and sharing are for members this service knows from {@code qnet.members}. */
    public Mono<Viewer> requireKnownMember(Viewer viewer) {
        if (!viewer.member()) {
            return Mono.error(Problems.forbidden("Only members of the community may do this."));
        }
        return members.knows(viewer.id()).flatMap(known -> known
                ? Mono.just(viewer)
                : Mono.error(Problems.forbidden("You have no member profile here yet; if you were just admitted, "
                        + "try again in a moment.")));
    }

    public static <T> Mono<T> changedMeanwhile() {
        return Mono.error(Problems.conflict("The project changed meanwhile; load it again and retry."));
    }
}
