package org.qnet.projects.member.application;

import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.members.MemberErased;
import org.qnet.contracts.members.MemberProfileUpdated;
import org.qnet.projects.member.infrastructure.KnownMembers;
import org.qnet.projects.project.infrastructure.ProjectStore;
import org.qnet.projects.project.model.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Keeps the members this service knows in step with {@code qnet.members}; an erased member is
 * forgotten, and taken off every team, join request and follower list.
 */
@Service
public class MemberProjection {

    private static final Logger log = LoggerFactory.getLogger(MemberProjection.class);
    /** Past this many concurrent changes the consumer fails, and the binder retries the event. */
    private static final int MAX_ATTEMPTS = 5;

    private final KnownMembers members;
    private final ProjectStore projects;

    MemberProjection(KnownMembers members, ProjectStore projects) {
        this.members = members;
        this.projects = projects;
    }

    public Mono<Void> on(MemberAdmitted admitted) {
        return members.remember(admitted.memberId(), admitted.name());
    }

    public Mono<Void> on(MemberProfileUpdated updated) {
        return members.remember(updated.memberId(), updated.name());
    }

    public Mono<Void> on(MemberErased erased) {
        String memberId = erased.memberId();
        return members.forget(memberId)
                .thenMany(projects.involving(memberId))
                .concatMap(project -> forgetIn(project, memberId))
                .doOnComplete(() -> log.info("member {} erased from projects", memberId))
                .then();
    }

    /** Re-reads and retries when the project changed meanwhile, so the erasure is never lost. */
    private Mono<Project> forgetIn(Project project, String memberId) {
        return Mono.defer(() -> projects.find(project.id()))
                .flatMap(current -> projects.saveForgetting(current.forget(memberId)))
                .repeatWhenEmpty(MAX_ATTEMPTS, attempts -> attempts);
    }
}
