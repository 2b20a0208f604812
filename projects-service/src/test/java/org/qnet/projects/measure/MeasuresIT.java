package org.qnet.projects.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.MeasureDefined;
import org.qnet.contracts.projects.MeasurementsRecorded;
import org.qnet.projects.ProjectsIntegrationTest;
import org.qnet.testinfra.EventSchemas;
import org.qnet.testinfra.TopicReader;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import tools.jackson.databind.JsonNode;

/** Measures, their data point by point and in batches, and the signals the data make. */
class MeasuresIT extends ProjectsIntegrationTest {

    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);

    private String define(Member lead, String projectId, Map<String, Object> definition) {
        return asMember(lead).post().uri("/projects/" + projectId + "/measures").bodyValue(definition)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private static Map<String, Object> runChart(int baselinePoints) {
        return Map.of("name", "Falls with harm", "definition", "Falls with any harm per 1,000 occupied bed days",
                "unit", "per 1,000 bed days", "kind", "outcome", "improvement", "decrease", "chartType", "run",
                "baselinePoints", baselinePoints);
    }

    private void record(Member member, String projectId, String measureId, int week, double value) {
        asMember(member).put().uri("/projects/" + projectId + "/measures/" + measureId + "/data/" + FIRST_WEEK.plusWeeks(week))
                .bodyValue(Map.of("value", value)).exchange().expectStatus().isOk();
    }

    private List<TopicReader.Received> shiftSignals(String measureId, Duration window) {
        return projectsTopic().drain(window, r -> is(r, ImprovementSignalDetected.TYPE.ceType(), measureId)
                && r.value().contains("\"rule\":\"shift\""));
    }

    @Test
    void data_recorded_point_by_point_announce_a_shift_once_on_the_point_that_completes_it() {
        Member lead = admitted("Maya Patel");
        String project = share(lead, "Falls on older people's wards", "members");
        String measure = define(lead, project, runChart(8));
        double[] baseline = {12, 14, 11, 15, 13, 12, 14, 13};
        for (int week = 0; week < baseline.length; week++) {
            record(lead, project, measure, week, baseline[week]);
        }
        for (int week = 8; week < 13; week++) {
            record(lead, project, measure, week, 8 + week % 2);
        }
        projectsTopic().awaitRecords(r -> is(r, MeasurementsRecorded.TYPE.ceType(), measure), 13);
        assertThat(shiftSignals(measure, Duration.ofSeconds(2))).isEmpty();

        record(lead, project, measure, 13, 9);

        var signal = projectsTopic().awaitRecords(r -> is(r, ImprovementSignalDetected.TYPE.ceType(), measure)
                && r.value().contains("\"rule\":\"shift\""), 1).get(0);
        EventSchemas.assertConforms(ImprovementSignalDetected.TYPE.ceType(), signal.value());
        assertThat(signal.value()).contains("\"direction\":\"improvement\"",
                "\"periods\":[\"" + FIRST_WEEK.plusWeeks(8) + "\"", FIRST_WEEK.plusWeeks(13) + "\"]",
                "\"projectTitle\":\"Falls on older people's wards\"");

        record(lead, project, measure, 14, 7);
        record(lead, project, measure, 15, 8);
        projectsTopic().awaitRecords(r -> is(r, MeasurementsRecorded.TYPE.ceType(), measure), 16);
        assertThat(shiftSignals(measure, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void a_correction_that_removes_a_signal_does_not_announce_it_again_when_undone() {
        Member lead = admitted("Sam Jones");
        String project = share(lead, "Discharges before noon", "members");
        String measure = define(lead, project, runChart(6));
        batch(lead, project, measure, new double[] {10, 12, 10, 12, 10, 12, 5, 5, 5, 5, 5, 5}).expectStatus().isOk();
        assertThat(projectsTopic().awaitRecords(r -> is(r, ImprovementSignalDetected.TYPE.ceType(), measure)
                && r.value().contains("\"rule\":\"shift\""), 1)).hasSize(1);

        record(lead, project, measure, 8, 30);
        record(lead, project, measure, 8, 5);

        projectsTopic().awaitRecords(r -> is(r, MeasurementsRecorded.TYPE.ceType(), measure), 3);
        assertThat(shiftSignals(measure, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void the_analysis_gives_centre_limits_and_every_signal_with_its_rule_periods_and_direction() {
        Member lead = admitted("Priya Shah");
        String project = share(lead, "Antibiotics within the hour", "members");
        String measure = define(lead, project, Map.of("name", "Minutes to antibiotics",
                "definition", "Minutes from arrival to first antibiotic dose, median per week", "unit", "minutes",
                "kind", "process", "improvement", "decrease", "chartType", "xmr", "goal", 60));
        batch(lead, project, measure, new double[] {92, 88, 95, 90, 87, 93, 91, 89, 94, 90, 140, 91})
                .expectStatus().isOk();

        asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/analysis").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.chartType").isEqualTo("xmr")
                .jsonPath("$.goal").isEqualTo(60.0)
                .jsonPath("$.points.length()").isEqualTo(12)
                .jsonPath("$.points[0].upper").isNumber()
                .jsonPath("$.signals[0].rule").isEqualTo("outside-limits")
                .jsonPath("$.signals[0].direction").isEqualTo("deterioration")
                .jsonPath("$.signals[0].periods[0]").isEqualTo(FIRST_WEEK.plusWeeks(10).toString())
                .jsonPath("$.points[10].signals[0]").isEqualTo("outside-limits");
        byte[] svg = asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/chart.svg").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("image/svg+xml"))
                .expectBody().returnResult().getResponseBody();
        assertThat(new String(svg)).contains("<svg", "Minutes to antibiotics", "Outside the limits (deterioration)");
        assertPublishedConforming(MeasureDefined.TYPE.ceType(), measure);
    }

    @Test
    void a_p_chart_takes_numerators_and_denominators() {
        Member lead = admitted("Tom Evans");
        String project = share(lead, "Four-hour waits", "members");
        String measure = define(lead, project, Map.of("name", "Waits over four hours",
                "definition", "Attendances waiting over four hours, of all attendances", "kind", "outcome",
                "improvement", "decrease", "chartType", "p"));

        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .bodyValue(Map.of("points", List.of(
                        Map.of("period", "2026-01-05", "numerator", 30, "denominator", 120),
                        Map.of("period", "2026-01-12", "numerator", 22, "denominator", 80))))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.points").isEqualTo(2);
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data/2026-01-19")
                .bodyValue(Map.of("value", 0.2)).exchange().expectStatus().isEqualTo(422);
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data/2026-01-19")
                .bodyValue(Map.of("numerator", 90, "denominator", 80)).exchange().expectStatus().isEqualTo(422);
        asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/analysis").exchange()
                .expectBody()
                .jsonPath("$.centre").isEqualTo(0.26)
                .jsonPath("$.points[1].denominator").isEqualTo(80);
    }

    @Test
    void bad_measures_and_bad_data_are_problems_and_leave_the_data_as_they_were() {
        Member lead = admitted("Uma Rao");
        String project = share(lead, "Pressure ulcers", "members");
        String measure = define(lead, project, runChart(6));
        batch(lead, project, measure, new double[] {1, 2, 3}).expectStatus().isOk();

        asMember(lead).post().uri("/projects/" + project + "/measures")
                .bodyValue(Map.of("name", "n", "definition", "d", "kind", "process", "improvement", "up",
                        "chartType", "run"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("improvement");
        asMember(lead).post().uri("/projects/" + project + "/measures")
                .bodyValue(Map.of("name", "n", "definition", "d", "kind", "process", "improvement", "increase",
                        "chartType", "run", "rules", List.of("outside-limits")))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rules");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        IntStream.range(0, 1001).forEach(i -> tooMany.add(Map.of("period", FIRST_WEEK.plusDays(i).toString(), "value", i)));
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .bodyValue(Map.of("points", tooMany)).exchange().expectStatus().isEqualTo(413);
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .bodyValue(Map.of("points", List.of(Map.of("period", "2026-01-05", "value", 9),
                        Map.of("period", "2026-01-05", "value", 10))))
                .exchange().expectStatus().isEqualTo(422);
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data/05-01-2026")
                .bodyValue(Map.of("value", 9)).exchange().expectStatus().isBadRequest();
        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"points\":[{\"period\":\"not a date\",\"value\":1}]}")
                .exchange().expectStatus().isBadRequest();
        asMember(lead).patch().uri("/projects/" + project + "/measures/" + measure).bodyValue(Map.of("baselinePoints", 9))
                .exchange().expectStatus().isEqualTo(409);
        asMember(lead).delete().uri("/projects/" + project + "/measures/" + measure + "/data/2027-01-04")
                .exchange().expectStatus().isNotFound();

        asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/data").exchange().expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].value").isEqualTo(1.0);
    }

    @Test
    void a_measure_of_another_project_is_not_found_through_this_one() {
        Member lead = admitted("Vera Lind");
        String first = share(lead, "First", "members");
        String second = share(lead, "Second", "members");
        String measure = define(lead, first, runChart(6));

        asMember(lead).get().uri("/projects/" + second + "/measures/" + measure + "/analysis").exchange()
                .expectStatus().isNotFound();
    }

    private ResponseSpec batch(Member member, String project, String measure, double[] values) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int week = 0; week < values.length; week++) {
            points.add(Map.of("period", FIRST_WEEK.plusWeeks(week).toString(), "value", values[week]));
        }
        return asMember(member).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .bodyValue(Map.of("points", points)).exchange();
    }
}
