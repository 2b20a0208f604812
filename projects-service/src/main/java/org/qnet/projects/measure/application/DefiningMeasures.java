package org.qnet.projects.measure.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.qnet.contracts.projects.MeasureDefined;
import org.qnet.platform.problem.Problems;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.Measure.Redefinition;
import org.qnet.projects.measure.model.MeasureDefinition;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The team defines a project's measures and refines their definitions. */
@Service
public class DefiningMeasures {

    private final MeasureStore measures;
    private final ProjectAccess access;
    private final Clock clock;

    DefiningMeasures(MeasureStore measures, ProjectAccess access, Clock clock) {
        this.measures = measures;
        this.access = access;
        this.clock = clock;
    }

    public Mono<Measure> define(String projectId, Viewer editor, MeasureDefinition definition) {
        return access.require(projectId, editor, Access.TEAM).flatMap(project -> {
            Measure measure = Measure.define(UUID.randomUUID().toString(), projectId, definition, clock.instant());
            return measures.insert(measure, defined(measure, measure.definedAt()));
        });
    }

    /** Changes a definition, worked out from the one the measure has, read once. */
    public Mono<Measure> redefine(String projectId, String measureId, Viewer editor,
                                  UnaryOperator<MeasureDefinition> change) {
        return access.require(projectId, editor, Access.TEAM)
                .then(measures.find(projectId, measureId))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No measure " + measureId + " in this project")))
                .flatMap(measure -> {
                    Redefinition redefinition = measure.redefine(change.apply(measure.definition()));
                    if (redefinition instanceof Redefinition.Refused refused) {
                        return Mono.error(Problems.conflict(refused.field() + " " + refused.reason()));
                    }
                    Measure redefined = ((Redefinition.Redefined) redefinition).measure();
                    return measures.save(redefined, List.of(defined(redefined, clock.instant())))
                            .switchIfEmpty(Mono.error(() -> Problems.conflict(
                                    "The measure changed meanwhile; load it again and retry.")));
                });
    }

    static MeasureDefined defined(Measure measure, Instant at) {
        MeasureDefinition d = measure.definition();
        ChartSettings chart = d.chart();
        return new MeasureDefined(measure.projectId(), measure.id(), d.name(), d.definition(), d.unit(), d.kind().code(),
                chart.improvement().code(), chart.type().code(),
                chart.rules().stream().sorted().map(Rule::code).toList(), d.goal(),
                chart.baselinePoints() == 0 ? null : chart.baselinePoints(), at);
    }
}
