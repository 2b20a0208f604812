package org.qnet.projects.project.model;

import java.time.Instant;

/** A member of a project's team, since when. */
public record TeamMember(String memberId, Instant joinedAt) {
}
