package org.qnet.projects.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.projects.analysis.model.Analysis;
import org.qnet.projects.cycle.infrastructure.CycleStore;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.web.Viewers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A measure's chart read by its rules, as JSON and as an SVG picture. */
@RestController
@RequestMapping("/projects/{projectId}/measures/{measureId}")
class AnalysisController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final MeasureStore measures;
    private final CycleStore cycles;
    private final ProjectAccess access;
    private final Clock clock;

    AnalysisController(MeasureStore measures, CycleStore cycles, ProjectAccess access, Clock clock) {
        this.measures = measures;
        this.cycles = cycles;
        this.access = access;
        this.clock = clock;
    }

    private record Read(Measure measure, Analysis analysis, List<CycleAnnotation> cycles) {
    }

    @GetMapping("/analysis")
    Mono<AnalysisResponse> analysis(@PathVariable String projectId, @PathVariable String measureId, CurrentUser caller) {
        return read(projectId, measureId, caller)
                .map(read -> AnalysisResponse.of(read.measure(), read.analysis(), read.cycles()));
    }

    @GetMapping("/chart.svg")
    Mono<ResponseEntity<String>> chart(@PathVariable String projectId, @PathVariable String measureId,
                                       CurrentUser caller) {
        return read(projectId, measureId, caller).map(read -> ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(ChartSvg.render(read.measure().definition().name(), read.measure().definition().unit(),
                        read.analysis(), read.measure().definition().goal(), read.cycles())));
    }

    private Mono<Read> read(String projectId, String measureId, CurrentUser caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return access.require(projectId, Viewers.of(caller), Access.READ)
                .then(measures.find(projectId, measureId))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No measure " + measureId + " in this project")))
                .flatMap(measure -> {
                    Analysis analysis = measure.analysis();
                    return cycles.ofProject(projectId)
                            .filter(cycle -> CycleAnnotation.belongsOn(cycle, measureId))
                            .map(cycle -> CycleAnnotation.of(cycle, analysis.points(), today))
                            .collectList()
                            .map(annotations -> new Read(measure, analysis, annotations));
                });
    }
}
