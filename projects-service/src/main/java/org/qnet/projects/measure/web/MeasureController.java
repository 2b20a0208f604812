package org.qnet.projects.measure.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.qnet.platform.problem.Problems;
import org.qnet.platform.security.CurrentUser;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Improvement;
import org.qnet.projects.analysis.model.Rule;
import org.qnet.projects.measure.application.DefiningMeasures;
import org.qnet.projects.measure.application.RecordingData;
import org.qnet.projects.measure.infrastructure.MeasureStore;
import org.qnet.projects.measure.model.DataPoint;
import org.qnet.projects.measure.model.Measure;
import org.qnet.projects.measure.model.MeasureDefinition;
import org.qnet.projects.measure.model.MeasureKind;
import org.qnet.projects.project.application.ProjectAccess;
import org.qnet.projects.project.model.Access;
import org.qnet.projects.project.model.Viewer;
import org.qnet.projects.project.web.Viewers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A project's measures and their data, upserted by period one at a time or in batches. */
@RestController
@RequestMapping("/projects/{projectId}/measures")
class MeasureController {

    private final DefiningMeasures defining;
    private final RecordingData recording;
    private final MeasureStore measures;
    private final ProjectAccess access;

    MeasureController(DefiningMeasures defining, RecordingData recording, MeasureStore measures, ProjectAccess access) {
        this.defining = defining;
        this.recording = recording;
        this.measures = measures;
        this.access = access;
    }

    record NewMeasure(@NotBlank @Size(max = 200) String name,
                      @NotBlank @Size(max = 2000) String definition,
                      @Size(max = 40) String unit,
                      @NotBlank String kind,
                      @NotBlank String improvement,
                      @NotBlank String chartType,
                      @Size(max = 9) List<@NotBlank String> rules,
                      Double goal,
                      @Min(1) Integer baselinePoints) {
    }

    record MeasureChanges(@Size(min = 1, max = 200) String name,
                          @Size(min = 1, max = 2000) String definition,
                          @Size(max = 40) String unit,
                          String kind,
                          String improvement,
                          String chartType,
                          @Size(max = 9) List<@NotBlank String> rules,
                          Double goal,
                          @Min(1) Integer baselinePoints) {
    }

    /** A period's value, or numerator and denominator for a P chart. */
    record PointBody(@NotNull LocalDate period, Double value, Long numerator, Long denominator) {

        DataPoint toPoint() {
            return new DataPoint(period, value, numerator, denominator);
        }
    }

    record PointValue(Double value, Long numerator, Long denominator) {
    }

    record Batch(@NotNull List<@NotNull @Valid PointBody> points) {
    }

    @PostMapping
    Mono<ResponseEntity<MeasureResponse>> define(@PathVariable String projectId, @Valid @RequestBody NewMeasure body,
                                                 CurrentUser caller) {
        ChartType type = code("chartType", body.chartType(), ChartType::fromCode, ChartType.values(), ChartType::code);
        MeasureDefinition definition = new MeasureDefinition(body.name().strip(), body.definition().strip(),
                blankToNull(body.unit()), kind(body.kind()), finite("goal", body.goal()),
                settings(type, improvement(body.improvement()), body.rules(),
                        body.baselinePoints() == null ? 0 : body.baselinePoints()));
        return defining.define(projectId, Viewers.of(caller), definition).map(MeasureResponse::of)
                .map(measure -> ResponseEntity.created(
                        URI.create("/projects/" + projectId + "/measures/" + measure.id())).body(measure));
    }

    @GetMapping
    Flux<MeasureResponse> list(@PathVariable String projectId, CurrentUser caller) {
        return access.require(projectId, Viewers.of(caller), Access.READ)
                .thenMany(measures.ofProject(projectId)).map(MeasureResponse::of);
    }

    @GetMapping("/{measureId}")
    Mono<MeasureResponse> measure(@PathVariable String projectId, @PathVariable String measureId, CurrentUser caller) {
        return readable(projectId, measureId, Viewers.of(caller)).map(MeasureResponse::of);
    }

    @PatchMapping("/{measureId}")
    Mono<MeasureResponse> redefine(@PathVariable String projectId, @PathVariable String measureId,
                                   @Valid @RequestBody MeasureChanges body, CurrentUser caller) {
        return defining.redefine(projectId, measureId, Viewers.of(caller), current -> changed(current, body))
                .map(MeasureResponse::of);
    }

    private static MeasureDefinition changed(MeasureDefinition current, MeasureChanges body) {
        ChartSettings chart = current.chart();
        ChartType type = body.chartType() == null ? chart.type()
                : code("chartType", body.chartType(), ChartType::fromCode, ChartType.values(), ChartType::code);
        return new MeasureDefinition(
                body.name() == null ? current.name() : body.name().strip(),
                body.definition() == null ? current.definition() : body.definition().strip(),
                body.unit() == null ? current.unit() : blankToNull(body.unit()),
                body.kind() == null ? current.kind() : kind(body.kind()),
                body.goal() == null ? current.goal() : finite("goal", body.goal()),
                settings(type, body.improvement() == null ? chart.improvement() : improvement(body.improvement()),
                        body.rules() == null ? rulesAsCodes(chart) : body.rules(),
                        body.baselinePoints() == null ? chart.baselinePoints() : body.baselinePoints()));
    }

    @GetMapping("/{measureId}/data")
    Mono<List<DataPoint>> data(@PathVariable String projectId, @PathVariable String measureId, CurrentUser caller) {
        return readable(projectId, measureId, Viewers.of(caller)).map(Measure::points);
    }

    @PutMapping("/{measureId}/data")
    Mono<MeasureResponse> recordBatch(@PathVariable String projectId, @PathVariable String measureId,
                                      @Valid @RequestBody Batch body, CurrentUser caller) {
        return recording.record(projectId, measureId, Viewers.of(caller),
                body.points().stream().map(PointBody::toPoint).toList()).map(MeasureResponse::of);
    }

    @PutMapping("/{measureId}/data/{period}")
    Mono<MeasureResponse> recordOne(@PathVariable String projectId, @PathVariable String measureId,
                                    @PathVariable String period, @RequestBody PointValue body, CurrentUser caller) {
        DataPoint point = new DataPoint(period(period), body.value(), body.numerator(), body.denominator());
        return recording.record(projectId, measureId, Viewers.of(caller), List.of(point)).map(MeasureResponse::of);
    }

    @DeleteMapping("/{measureId}/data/{period}")
    Mono<ResponseEntity<Void>> remove(@PathVariable String projectId, @PathVariable String measureId,
                                      @PathVariable String period, CurrentUser caller) {
        return recording.remove(projectId, measureId, Viewers.of(caller), period(period))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private Mono<Measure> readable(String projectId, String measureId, Viewer viewer) {
        return access.require(projectId, viewer, Access.READ)
                .then(measures.find(projectId, measureId))
                .switchIfEmpty(Mono.error(() -> Problems.notFound("No measure " + measureId + " in this project")));
    }

    private static ChartSettings settings(ChartType type, Improvement improvement, List<String> ruleCodes,
                                          int baselinePoints) {
        Set<Rule> rules = ruleCodes == null ? Set.of() : ruleCodes.stream()
                .map(code -> code("rules", code, Rule::fromCode, Rule.values(), Rule::code))
                .collect(Collectors.toSet());
        for (Rule rule : rules) {
            if (!type.applies(rule)) {
                throw Problems.invalidField("rules", rule.code() + " does not apply to a " + type.code()
                        + " chart; it takes " + type.rules().stream().map(Rule::code).sorted().toList());
            }
        }
        return new ChartSettings(type, improvement, rules, baselinePoints);
    }

    private static List<String> rulesAsCodes(ChartSettings chart) {
        return chart.rules().stream().map(Rule::code).toList();
    }

    private static MeasureKind kind(String code) {
        return MeasureKind.fromCode(code).orElseThrow(() -> Problems.invalidField("kind",
                "must be one of outcome, process, balancing"));
    }

    private static Improvement improvement(String code) {
        return code("improvement", code, Improvement::fromCode, Improvement.values(), Improvement::code);
    }

    private static <T> T code(String field, String code, java.util.function.Function<String, T> parse, T[] values,
                              java.util.function.Function<T, String> codeOf) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalidField(field, "must be one of " + Arrays.stream(values).map(codeOf).toList());
        }
    }

    private static Double finite(String field, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw Problems.invalidField(field, "must be a finite number");
        }
        return value;
    }

    static LocalDate period(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw Problems.invalidField("period", "must be a date such as 2026-01-05");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
