package org.qnet.projects.cycle.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A plan-do-study-act cycle: a small test of one change, with a prediction, linked to the measures
 * that should show it. The plan is what the cycle is created with; do, study and act are recorded in
 * that order, each on or after the one before; recording act completes the cycle.
 */
public record PdsaCycle(String id, String projectId, String title, String change, String prediction,
                        List<String> measureIds, LocalDate startsOn, StageRecord done, StageRecord studied,
                        StageRecord acted, Decision decision, Instant createdAt, long version) {

    public PdsaCycle {
        measureIds = List.copyOf(measureIds);
    }

    public static PdsaCycle plan(String id, String projectId, String title, String change, String prediction,
                                 List<String> measureIds, LocalDate startsOn, Instant now) {
        return new PdsaCycle(id, projectId, title, change, prediction, measureIds, startsOn, null, null, null, null,
                now, 0);
    }

    public boolean completed() {
        return acted != null;
    }

    /** The stage to record next, or empty once the cycle is complete. */
    public Optional<Stage> nextStage() {
        if (done == null) {
            return Optional.of(Stage.DO);
        }
        if (studied == null) {
            return Optional.of(Stage.STUDY);
        }
        return acted == null ? Optional.of(Stage.ACT) : Optional.empty();
    }

    /** The periods a chart annotates with this cycle: from its start to its act, or to today while it runs. */
    public LocalDate endsOn(LocalDate today) {
        return acted != null ? acted.on() : today.isBefore(startsOn) ? startsOn : today;
    }

    public boolean links(String measureId) {
        return measureIds.contains(measureId);
    }

    public StageOutcome record(Stage stage, StageRecord record, Decision act) {
        Optional<Stage> next = nextStage();
        if (next.isEmpty()) {
            return new StageOutcome.Refused("This cycle is complete.");
        }
        if (next.get() != stage) {
            return new StageOutcome.Refused("Record " + next.get().code() + " before " + stage.code() + ".");
        }
        LocalDate earliest = latestDate();
        if (record.on().isBefore(earliest)) {
            return new StageOutcome.Refused(stage.code() + " cannot be dated before " + earliest + ".");
        }
        return new StageOutcome.Recorded(switch (stage) {
            case DO -> new PdsaCycle(id, projectId, title, change, prediction, measureIds, startsOn, record, null, null,
                    null, createdAt, version);
            case STUDY -> new PdsaCycle(id, projectId, title, change, prediction, measureIds, startsOn, done, record,
                    null, null, createdAt, version);
            case ACT -> new PdsaCycle(id, projectId, title, change, prediction, measureIds, startsOn, done, studied,
                    record, act, createdAt, version);
        });
    }

    private LocalDate latestDate() {
        if (studied != null) {
            return studied.on();
        }
        return done != null ? done.on() : startsOn;
    }

    public sealed interface StageOutcome {
        record Recorded(PdsaCycle cycle) implements StageOutcome {
        }

        record Refused(String reason) implements StageOutcome {
        }
    }
}
