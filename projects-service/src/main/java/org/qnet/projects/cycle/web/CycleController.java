package org.qnet.projects.cycle.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.projects.cycle.application.RunningCycles;
import org.qnet.projects.cycle.infrastructure.CycleStore;
import org.qnet.projects.cycle.model.Decision;
import org.qnet.projects.cycle.model.PdsaCycle;
import org.qnet.projects.cycle.model.Stage;
import org.qnet.projects.cycle.model.StageRecord;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.web.Viewers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's PDSA cycles: plan one, then record do, study and act. */
@RestController
@RequestMapping("/projects/{projectId}/cycles")
class CycleController {

    private final RunningCycles running;
    private final CycleStore cycles;
    private final ProjectAccess access;
    private final Clock clock;

    CycleController(RunningCycles running, CycleStore cycles, ProjectAccess access, Clock clock) {
        this.running = running;
        this.cycles = cycles;
        this.access = access;
        this.clock = clock;
    }

    record NewCycle(@NotBlank @Size(max = 200) String title,
                    @NotBlank @Size(max = 2000) String change,
                    @NotBlank @Size(max = 2000) String prediction,
                    @Size(max = 50) List<@NotBlank String> measureIds,
                    LocalDate startsOn) {
    }

    record StageBody(@NotNull LocalDate on, @Size(max = 5000) String notes, String decision) {
    }

    record StageView(LocalDate on, String notes) {
        static StageView of(StageRecord record) {
            return record == null ? null : new StageView(record.on(), record.notes());
        }
    }

    record CycleResponse(String id, String projectId, String title, String change, String prediction,
                         List<String> measureIds, LocalDate startsOn, String status, String nextStage,
                         StageView done, StageView studied, StageView acted, String decision, Instant createdAt) {

        static CycleResponse of(PdsaCycle c) {
            String status = c.completed() ? "completed" : c.done() == null ? "planned" : "in-progress";
            return new CycleResponse(c.id(), c.projectId(), c.title(), c.change(), c.prediction(), c.measureIds(),
                    c.startsOn(), status, c.nextStage().map(Stage::code).orElse(null), StageView.of(c.done()),
                    StageView.of(c.studied()), StageView.of(c.acted()),
                    c.decision() == null ? null : c.decision().code(), c.createdAt());
        }
    }

    @PostMapping
    Mono<ResponseEntity<CycleResponse>> plan(@PathVariable String projectId, @Valid @RequestBody NewCycle body,
                                             CurrentUser caller) {
        LocalDate startsOn = body.startsOn() == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : body.startsOn();
        List<String> measureIds = body.measureIds() == null ? List.of() : body.measureIds().stream().distinct().toList();
        return running.plan(projectId, Viewers.of(caller), body.title().strip(), body.change().strip(),
                        body.prediction().strip(), measureIds, startsOn)
                .map(CycleResponse::of)
                .map(cycle -> ResponseEntity.created(URI.create("/projects/" + projectId + "/cycles/" + cycle.id()))
                        .body(cycle));
    }

    @GetMapping
    Flux<CycleResponse> list(@PathVariable String projectId, CurrentUser caller) {
        return access.require(projectId, Viewers.of(caller), Access.READ)
                .thenMany(cycles.ofProject(projectId)).map(CycleResponse::of);
    }

    @GetMapping("/{cycleId}")
    Mono<CycleResponse> cycle(@PathVariable String projectId, @PathVariable String cycleId, CurrentUser caller) {
        return access.require(projectId, Viewers.of(caller), Access.READ)
                .then(cycles.find(projectId, cycleId))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No PDSA cycle " + cycleId + " in this project")))
                .map(CycleResponse::of);
    }

    /** Records the do, study or act stage; act needs the decision (adopt, adapt, abandon) and completes the cycle. */
    @PostMapping("/{cycleId}/{stage:do|study|act}")
    Mono<CycleResponse> record(@PathVariable String projectId, @PathVariable String cycleId, @PathVariable String stage,
                               @Valid @RequestBody StageBody body, CurrentUser caller) {
        Stage recorded = Stage.valueOf(stage.toUpperCase(Locale.ROOT));
        Decision decision = null;
        if (recorded == Stage.ACT) {
            if (body.decision() == null) {
                throw Problems.invalidField("decision", "act records the decision: adopt, adapt or abandon");
            }
            decision = Decision.fromCode(body.decision())
                    .orElseThrow(() -> Problems.invalidField("decision", "must be one of adopt, adapt, abandon"));
        } else if (body.decision() != null) {
            throw Problems.invalidField("decision", "is recorded with act only");
        }
        StageRecord record = new StageRecord(body.on(), body.notes() == null || body.notes().isBlank() ? null
                : body.notes().strip());
        return running.record(projectId, cycleId, Viewers.of(caller), recorded, record, decision).map(CycleResponse::of);
    }
}
