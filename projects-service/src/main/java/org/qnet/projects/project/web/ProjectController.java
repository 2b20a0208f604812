package org.qnet.projects.project.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.web.Paging;
import org.qnet.projects.member.infrastructure.KnownMembers;
import org.qnet.projects.project.application.Following;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.application.SharingProjects;
import org.qnet.projects.project.application.Teams;
import org.qnet.projects.project.infrastructure.ProjectSearch;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.ProjectDescription;
import org.qnet.projects.project.model.ProjectStatus;
import org.qnet.projects.project.model.Viewer;
import org.qnet.projects.project.model.Visibility;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Projects: share, browse, describe, move through their life; teams and followers. */
@RestController
@RequestMapping("/projects")
class ProjectController {

    private final SharingProjects sharing;
    private final Teams teams;
    private final Following following;
    private final ProjectAccess access;
    private final ProjectStore projects;
    private final KnownMembers members;

    ProjectController(SharingProjects sharing, Teams teams, Following following, ProjectAccess access,
                      ProjectStore projects, KnownMembers members) {
        this.sharing = sharing;
        this.teams = teams;
        this.following = following;
        this.access = access;
        this.projects = projects;
        this.members = members;
    }

    record NewProject(@NotBlank @Size(max = 200) String title,
                      @NotBlank @Size(max = 2000) String aim,
                      @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics,
                      @Size(max = 200) String organisation,
                      @NotBlank String visibility,
                      String status) {
    }

    record ProjectChanges(@Size(min = 1, max = 200) String title,
                          @Size(min = 1, max = 2000) String aim,
                          @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics,
                          @Size(max = 200) String organisation,
                          String visibility) {
    }

    record StatusChange(@NotBlank String status) {
    }

    record JoinRequestBody(@Size(max = 1000) String message) {
    }

    record LeadChange(@NotBlank @Size(max = 200) String memberId) {
    }

    record ProjectPageResponse(List<ProjectResponse> items, int page, int size, long total) {
    }

    @PostMapping
    Mono<ResponseEntity<ProjectResponse>> share(@Valid @RequestBody NewProject body, CurrentUser caller) {
        Viewer lead = Viewers.of(caller);
        ProjectDescription description = new ProjectDescription(body.title().strip(), body.aim().strip(),
                topics(body.topics()), blankToNull(body.organisation()), visibility(body.visibility()));
        ProjectStatus status = body.status() == null ? ProjectStatus.IDEA : status(body.status());
        return sharing.share(lead, description, status).flatMap(project -> respond(project, lead))
                .map(response -> ResponseEntity.created(URI.create("/projects/" + response.id())).body(response));
    }

    @GetMapping
    Mono<ProjectPageResponse> browse(@RequestParam(required = false) String q,
                                     @RequestParam(name = "topic", required = false) List<String> topics,
                                     @RequestParam(required = false) String status,
                                     @RequestParam(required = false) String member,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size,
                                     CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        Paging paging = Paging.of(page, size);
        ProjectSearch search = new ProjectSearch(Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty()),
                topics == null ? List.of() : topics, Optional.ofNullable(status).map(ProjectController::status),
                Optional.ofNullable(member).filter(s -> !s.isBlank()));
        return projects.search(search, viewer, paging).flatMap(found -> members
                .names(found.projects().stream().flatMap(p -> ProjectResponse.people(p).stream()).distinct().toList())
                .map(names -> new ProjectPageResponse(found.projects().stream()
                        .map(p -> ProjectResponse.of(p, viewer, names)).toList(),
                        paging.page(), paging.size(), found.total())));
    }

    @GetMapping("/{id}")
    Mono<ProjectResponse> project(@PathVariable String id, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return access.require(id, viewer, Access.READ).flatMap(project -> respond(project, viewer));
    }

    @PatchMapping("/{id}")
    Mono<ProjectResponse> describe(@PathVariable String id, @Valid @RequestBody ProjectChanges body, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return sharing.describe(id, viewer, current -> changed(current, body))
                .flatMap(project -> respond(project, viewer));
    }

    @PutMapping("/{id}/status")
    Mono<ProjectResponse> changeStatus(@PathVariable String id, @Valid @RequestBody StatusChange body,
                                       CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return sharing.changeStatus(id, viewer, status(body.status())).flatMap(project -> respond(project, viewer));
    }

    @PostMapping("/{id}/join-requests")
    Mono<ResponseEntity<ProjectResponse>> askToJoin(@PathVariable String id,
                                                    @Valid @RequestBody(required = false) JoinRequestBody body,
                                                    CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        String message = body == null ? null : blankToNull(body.message());
        return teams.askToJoin(id, viewer, message).flatMap(project -> respond(project, viewer))
                .map(response -> ResponseEntity.accepted().body(response));
    }

    @PostMapping("/{id}/join-requests/{memberId}/accept")
    Mono<ProjectResponse> accept(@PathVariable String id, @PathVariable String memberId, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return teams.accept(id, viewer, memberId).flatMap(project -> respond(project, viewer));
    }

    @PostMapping("/{id}/join-requests/{memberId}/decline")
    Mono<ProjectResponse> decline(@PathVariable String id, @PathVariable String memberId, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return teams.decline(id, viewer, memberId).flatMap(project -> respond(project, viewer));
    }

    @DeleteMapping("/{id}/team/{memberId}")
    Mono<ResponseEntity<Void>> removeFromTeam(@PathVariable String id, @PathVariable String memberId,
                                              CurrentUser caller) {
        return teams.remove(id, Viewers.of(caller), memberId).thenReturn(ResponseEntity.noContent().build());
    }

    @PutMapping("/{id}/lead")
    Mono<ProjectResponse> handOverLead(@PathVariable String id, @Valid @RequestBody LeadChange body,
                                       CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return teams.handOverLead(id, viewer, body.memberId()).flatMap(project -> respond(project, viewer));
    }

    @PutMapping("/{id}/follow")
    Mono<ProjectResponse> follow(@PathVariable String id, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return following.follow(id, viewer).flatMap(project -> respond(project, viewer));
    }

    @DeleteMapping("/{id}/follow")
    Mono<ProjectResponse> unfollow(@PathVariable String id, CurrentUser caller) {
        Viewer viewer = Viewers.of(caller);
        return following.unfollow(id, viewer).flatMap(project -> respond(project, viewer));
    }

    private Mono<ProjectResponse> respond(Project project, Viewer viewer) {
        return members.names(ProjectResponse.people(project)).map(names -> ProjectResponse.of(project, viewer, names));
    }

    private static ProjectDescription changed(ProjectDescription current, ProjectChanges body) {
        return new ProjectDescription(
                body.title() == null ? current.title() : nonBlank("title", body.title()),
                body.aim() == null ? current.aim() : nonBlank("aim", body.aim()),
                body.topics() == null ? current.topics() : topics(body.topics()),
                body.organisation() == null ? current.organisation() : blankToNull(body.organisation()),
                body.visibility() == null ? current.visibility() : visibility(body.visibility()));
    }

    private static String nonBlank(String field, String value) {
        if (value.isBlank()) {
            throw Problems.invalidField(field, "must not be blank");
        }
        return value.strip();
    }

    private static List<String> topics(List<String> topics) {
        return topics == null ? List.of() : topics.stream().map(String::strip).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Visibility visibility(String code) {
        return Visibility.fromCode(code).orElseThrow(() -> Problems.invalidField("visibility",
                "must be one of public, members, team"));
    }

    private static ProjectStatus status(String code) {
        return ProjectStatus.fromCode(code).orElseThrow(() -> Problems.invalidField("status",
                "must be one of idea, active, sustaining, completed, archived"));
    }
}
