package org.qnet.projects.project.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectStatusChanged;
import org.qnet.contracts.projects.ProjectUpdated;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.ProjectDescription;
import org.qnet.projects.project.model.ProjectStatus;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A member shares a project and leads it; the team describes it; the lead moves it through its life. */
@Service
public class SharingProjects {

    private final ProjectStore projects;
    private final ProjectAccess access;
    private final Clock clock;

    SharingProjects(ProjectStore projects, ProjectAccess access, Clock clock) {
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Project> share(Viewer lead, ProjectDescription description, ProjectStatus status) {
        return access.requireKnownMember(lead).flatMap(known -> {
            Instant now = clock.instant();
            Project project = Project.start(UUID.randomUUID().toString(), description, status, lead.id(), now);
            return projects.insert(project, new ProjectCreated(project.id(), description.title(), description.aim(),
                    description.topics(), description.organisation(), description.visibility().code(),
                    status.code(), lead.id(), now));
        });
    }

    /** Changes the description, worked out from the one the project has, read once. */
    public Mono<Project> describe(String projectId, Viewer editor, UnaryOperator<ProjectDescription> change) {
        return access.require(projectId, editor, Access.TEAM)
                .flatMap(project -> saveUpdated(project.describedAs(change.apply(project.description()))));
    }

    /** The lead may change the status in any direction: a sustaining project can become active again. */
    public Mono<Project> changeStatus(String projectId, Viewer lead, ProjectStatus status) {
        return access.require(projectId, lead, Access.LEAD).flatMap(project -> project.status() == status
                ? Mono.just(project)
                : projects.save(project.movedTo(status), List.of(new ProjectStatusChanged(project.id(),
                                project.status().code(), status.code(), lead.id(), clock.instant())))
                        .switchIfEmpty(ProjectAccess.changedMeanwhile()));
    }

    Mono<Project> saveUpdated(Project changed) {
        ProjectDescription d = changed.description();
        return projects.save(changed, List.of(new ProjectUpdated(changed.id(), d.title(), d.aim(), d.topics(),
                        d.organisation(), d.visibility().code(), changed.leadId(), clock.instant())))
                .switchIfEmpty(ProjectAccess.changedMeanwhile());
    }
}
