package org.qnet.projects.cycle.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.contracts.projects.PdsaCycleStarted;
import org.qnet.platform.problem.Problems;
import org.qnet.projects.cycle.infrastructure.CycleStore;
import org.qnet.projects.cycle.model.Decision;
import org.qnet.projects.cycle.model.PdsaCycle;
import org.qnet.projects.cycle.model.PdsaCycle.StageOutcome;
import org.qnet.projects.cycle.model.Stage;
import org.qnet.projects.cycle.model.StageRecord;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The team plans a PDSA cycle, then records do, study and act; act completes it. */
@Service
public class RunningCycles {

    private final CycleStore cycles;
    private final MeasureStore measures;
    private final ProjectAccess access;
    private final Clock clock;

    RunningCycles(CycleStore cycles, MeasureStore measures, ProjectAccess access, Clock clock) {
        this.cycles = cycles;
        this.measures = measures;
        this.access = access;
        this.clock = clock;
    }

    public Mono<PdsaCycle> plan(String projectId, Viewer editor, String title, String change, String prediction,
                                List<String> measureIds, LocalDate startsOn) {
        return access.require(projectId, editor, Access.TEAM)
                .then(measures.countOf(projectId, measureIds))
                .flatMap(found -> {
                    if (found < measureIds.size()) {
                        return Mono.error(Problems.unprocessable("A cycle links only measures of its own project."));
                    }
                    PdsaCycle cycle = PdsaCycle.plan(UUID.randomUUID().toString(), projectId, title, change, prediction,
                            measureIds, startsOn, clock.instant());
                    return cycles.insert(cycle, new PdsaCycleStarted(projectId, cycle.id(), title, change, prediction,
                            measureIds, startsOn, cycle.createdAt()));
                });
    }

    public Mono<PdsaCycle> record(String projectId, String cycleId, Viewer editor, Stage stage, StageRecord record,
                                  Decision decision) {
        return access.require(projectId, editor, Access.TEAM)
                .then(cycles.find(projectId, cycleId))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No PDSA cycle " + cycleId + " in this project")))
                .flatMap(cycle -> {
                    StageOutcome outcome = cycle.record(stage, record, decision);
                    if (outcome instanceof StageOutcome.Refused refused) {
                        return Mono.error(Problems.conflict(refused.reason()));
                    }
                    PdsaCycle recorded = ((StageOutcome.Recorded) outcome).cycle();
                    List<IntegrationEvent> events = recorded.completed()
                            ? List.of(new PdsaCycleCompleted(projectId, cycleId, recorded.title(),
                                    recorded.decision().code(), recorded.startsOn(), recorded.acted().on(),
                                    clock.instant()))
                            : List.of();
                    return cycles.saveStages(recorded, events).switchIfEmpty(Mono.error(() -> Problems.conflict(
                            "The cycle changed meanwhile; load it again and retry.")));
                });
    }
}
