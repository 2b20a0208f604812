package org.qnet.projects.project.model;

import java.time.Instant;

/** A member's request to join a team, waiting for the lead. */
public record JoinRequest(String memberId, String message, Instant requestedAt) {
}
