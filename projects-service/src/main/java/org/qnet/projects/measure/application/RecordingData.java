package org.qnet.projects.measure.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.qnet.contracts.IntegrationEvent;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.MeasurementsRecorded;
import org.qnet.platform.problem.Problems;
import org.qnet.projects.analysis.model.Signal;
import org.qnet.projects.cycle.infrastructure.CycleStore;
import org.qnet.projects.cycle.model.PdsaCycle;
import org.qnet.projects.cycle.model.PrecedingCycle;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.qnet.projects.measure.model.DataPoint;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.Measure.Recording;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Project;
import org.qnet.projects.project.model.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The team records and corrects data. Each change reads the chart again and announces the signals it
 * made that were never announced, in the same write as the data; when two recordings race, the one
 * that finds the measure changed reads it again and retries, so neither is lost.
 */
@Service
public class RecordingData {

    /** A recording that keeps losing races this often gives up with 409 rather than spin. */
    private static final int MAX_ATTEMPTS = 10;

    private final MeasureStore measures;
    private final CycleStore cycles;
    private final ProjectAccess access;
    private final Clock clock;

    RecordingData(MeasureStore measures, CycleStore cycles, ProjectAccess access, Clock clock) {
        this.measures = measures;
        this.cycles = cycles;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Measure> record(String projectId, String measureId, Viewer editor, List<DataPoint> points) {
        if (points.isEmpty()) {
            return Mono.error(Problems.invalidField("points", "must hold at least one data point"));
        }
        if (points.size() > Measure.MAX_POINTS_PER_BATCH) {
            return Mono.error(Problems.problem(HttpStatus.CONTENT_TOO_LARGE,
                    "batch-too-large", "Batch too large",
                    "A batch holds at most " + Measure.MAX_POINTS_PER_BATCH + " data points; send the rest in another."));
        }
        if (points.stream().map(DataPoint::period).distinct().count() < points.size()) {
            return Mono.error(Problems.unprocessable("Each period may appear once in a batch."));
        }
        List<LocalDate> periods = points.stream().map(DataPoint::period).sorted().toList();
        return change(projectId, measureId, editor, periods, measure -> {
            rejectUnfitting(measure, points);
            return Optional.of(measure.record(points));
        });
    }

    public Mono<Measure> remove(String projectId, String measureId, Viewer editor, LocalDate period) {
        return change(projectId, measureId, editor, List.of(period), measure -> measure.remove(period));
    }

    private Mono<Measure> change(String projectId, String measureId, Viewer editor, List<LocalDate> periods,
                                 Function<Measure, Optional<Recording>> recording) {
        return access.require(projectId, editor, Access.TEAM).flatMap(project -> Mono
                .defer(() -> measures.find(projectId, measureId)
                        .switchIfEmpty(Mono.error(() -> Problems.notFound("No measure " + measureId + " in this project")))
                        .flatMap(measure -> recording.apply(measure)
                                .map(recorded -> cycles.ofProject(projectId).collectList().flatMap(projectCycles ->
                                        measures.save(recorded.measure(),
                                                events(project, recorded, projectCycles, editor, periods))))
                                .orElseGet(() -> Mono.error(Problems.notFound("No data for " + periods.get(0))))))
                .repeatWhenEmpty(MAX_ATTEMPTS - 1, attempts -> attempts)
                .onErrorMap(IllegalStateException.class, exhausted -> Problems.conflict(
                        "The measure kept changing while recording; try again.")));
    }

    private static void rejectUnfitting(Measure measure, List<DataPoint> points) {
        for (int i = 0; i < points.size(); i++) {
            DataPoint point = points.get(i);
            Optional<String> problem = point.problemFor(measure.definition().chart().type());
            if (problem.isPresent()) {
                throw Problems.unprocessable("points[" + i + "] (" + point.period() + "): " + problem.get());
            }
        }
    }

    private List<IntegrationEvent> events(Project project, Recording recorded, List<PdsaCycle> projectCycles,
                                          Viewer editor, List<LocalDate> periods) {
        Instant now = clock.instant();
        Measure measure = recorded.measure();
        List<IntegrationEvent> events = new ArrayList<>();
        events.add(new MeasurementsRecorded(project.id(), measure.id(), periods, editor.id(), now));
        for (Signal signal : recorded.newSignals()) {
            Optional<PdsaCycle> cycle = PrecedingCycle.of(projectCycles, measure.id(), signal.lastPeriod());
            events.add(new ImprovementSignalDetected(signal.key(), project.id(), project.description().title(),
                    measure.id(), measure.definition().name(), signal.rule().code(), signal.direction().code(),
                    signal.periods(), cycle.map(PdsaCycle::id).orElse(null), cycle.map(PdsaCycle::title).orElse(null),
                    now));
        }
        return events;
    }
}
