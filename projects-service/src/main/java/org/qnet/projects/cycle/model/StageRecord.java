package org.qnet.projects.cycle.model;

import java.time.LocalDate;

/** A stage of a cycle as recorded: when, and what the team noted. */
public record StageRecord(LocalDate on, String notes) {
}
