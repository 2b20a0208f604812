package org.qnet.projects.cycle.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qnet.platform.outbox.OutboxEvent;
import org.qnet.projects.cycle.model.Decision;
import org.qnet.projects.cycle.model.PdsaCycle;
import org.qnet.projects.cycle.model.StageRecord;
import org.springframework.data.annotation.Id;

/** How a PDSA cycle is stored; dates are ISO dates as text, free of any time zone. */
record CycleDocument(@Id String id, String projectId, String title, String change, String prediction,
                     List<String> measureIds, String startsOn, StoredStage done, StoredStage studied,
                     StoredStage acted, String decision, Instant createdAt, long version, List<OutboxEvent> outbox) {

    record StoredStage(String on, String notes) {

        static StoredStage of(StageRecord record) {
            return record == null ? null : new StoredStage(record.on().toString(), record.notes());
        }

        StageRecord toRecord() {
            return new StageRecord(LocalDate.parse(on), notes);
        }
    }

    static CycleDocument of(PdsaCycle c, List<OutboxEvent> pending) {
        return new CycleDocument(c.id(), c.projectId(), c.title(), c.change(), c.prediction(), c.measureIds(),
                c.startsOn().toString(), StoredStage.of(c.done()), StoredStage.of(c.studied()),
                StoredStage.of(c.acted()), c.decision() == null ? null : c.decision().name(), c.createdAt(),
                c.version(), pending);
    }

    PdsaCycle toCycle() {
        return new PdsaCycle(id, projectId, title, change, prediction, measureIds == null ? List.of() : measureIds,
                LocalDate.parse(startsOn), done == null ? null : done.toRecord(),
                studied == null ? null : studied.toRecord(), acted == null ? null : acted.toRecord(),
                decision == null ? null : Decision.valueOf(decision), createdAt, version);
    }
}
