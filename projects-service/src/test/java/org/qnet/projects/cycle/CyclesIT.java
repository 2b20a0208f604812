package org.qnet.projects.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.contracts.projects.PdsaCycleStarted;
import org.qnet.projects.ProjectsIntegrationTest;
import tools.jackson.databind.JsonNode;

/** PDSA cycles: planned, recorded stage by stage, completed, and shown on the charts they precede. */
class CyclesIT extends ProjectsIntegrationTest {

    private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);

    private String measure(Member lead, String project) {
        return asMember(lead).post().uri("/projects/" + project + "/measures")
                .bodyValue(Map.of("name", "Falls with harm", "definition", "Falls with harm per 1,000 bed days",
                        "kind", "outcome", "improvement", "decrease", "chartType", "run", "baselinePoints", 6))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private String plan(Member member, String project, List<String> measureIds, LocalDate startsOn) {
        return asMember(member).post().uri("/projects/" + project + "/cycles")
                .bodyValue(Map.of("title", "Falls huddle at handover", "change", "A five-minute huddle at every handover",
                        "prediction", "A third fewer falls within eight weeks", "measureIds", measureIds,
                        "startsOn", startsOn.toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private void stage(Member member, String project, String cycle, String stage, Map<String, Object> body, int status) {
        asMember(member).post().uri("/projects/" + project + "/cycles/" + cycle + "/" + stage).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status);
    }

    @Test
    void a_cycle_is_planned_then_done_studied_and_acted_on_which_completes_it() {
        Member lead = admitted("Maya Patel");
        String project = share(lead, "Falls", "members");
        String measure = measure(lead, project);
        String cycle = plan(lead, project, List.of(measure), FIRST_WEEK);

        stage(lead, project, cycle, "do", Map.of("on", "2026-01-05", "notes", "Ran on ward 7 for four weeks"), 200);
        stage(lead, project, cycle, "study", Map.of("on", "2026-02-02", "notes", "Falls down from 9 to 5"), 200);
        stage(lead, project, cycle, "act", Map.of("on", "2026-02-06", "decision", "adopt"), 200);

        asMember(lead).get().uri("/projects/" + project + "/cycles/" + cycle).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("completed")
                .jsonPath("$.decision").isEqualTo("adopt")
                .jsonPath("$.studied.notes").isEqualTo("Falls down from 9 to 5");
        assertPublishedConforming(PdsaCycleStarted.TYPE.ceType(), cycle);
        var completed = assertPublishedConforming(PdsaCycleCompleted.TYPE.ceType(), cycle);
        assertThat(completed.value()).contains("\"decision\":\"adopt\"", "\"completedOn\":\"2026-02-06\"");
    }

    @Test
    void stages_out_of_order_or_without_a_decision_are_refused() {
        Member lead = admitted("Sam Jones");
        String project = share(lead, "Sepsis", "members");
        String cycle = plan(lead, project, List.of(), FIRST_WEEK);

        stage(lead, project, cycle, "study", Map.of("on", "2026-01-12"), 409);
        stage(lead, project, cycle, "do", Map.of("on", "2026-01-01"), 409);
        stage(lead, project, cycle, "do", Map.of("on", "2026-01-06"), 200);
        stage(lead, project, cycle, "study", Map.of("on", "2026-01-12"), 200);
        stage(lead, project, cycle, "act", Map.of("on", "2026-01-13"), 400);
        stage(lead, project, cycle, "act", Map.of("on", "2026-01-13", "decision", "maybe"), 400);
        stage(lead, project, cycle, "plan", Map.of("on", "2026-01-13"), 404);

        asMember(lead).get().uri("/projects/" + project + "/cycles/" + cycle).exchange().expectBody()
                .jsonPath("$.status").isEqualTo("in-progress")
                .jsonPath("$.nextStage").isEqualTo("act");
    }

    @Test
    void a_cycle_links_only_measures_of_its_own_project() {
        Member lead = admitted("Priya Shah");
        String project = share(lead, "Flow", "members");
        String elsewhere = measure(lead, share(lead, "Elsewhere", "members"));

        asMember(lead).post().uri("/projects/" + project + "/cycles")
                .bodyValue(Map.of("title", "t", "change", "c", "prediction", "p", "measureIds", List.of(elsewhere)))
                .exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void a_signal_names_the_cycle_that_preceded_it_and_the_chart_annotates_the_cycle() {
        Member lead = admitted("Tom Evans");
        String project = share(lead, "Falls on ward 8", "members");
        String measure = measure(lead, project);
        String cycle = plan(lead, project, List.of(measure), FIRST_WEEK.plusWeeks(6));
        List<Map<String, Object>> points = new ArrayList<>();
        double[] values = {10, 12, 10, 12, 10, 12, 6, 5, 6, 5, 6, 5};
        for (int week = 0; week < values.length; week++) {
            points.add(Map.of("period", FIRST_WEEK.plusWeeks(week).toString(), "value", values[week]));
        }

        asMember(lead).put().uri("/projects/" + project + "/measures/" + measure + "/data")
                .bodyValue(Map.of("points", points)).exchange().expectStatus().isOk();

        var signal = projectsTopic().awaitRecords(r -> is(r, ImprovementSignalDetected.TYPE.ceType(), measure)
                && r.value().contains("\"rule\":\"shift\""), 1).get(0);
        assertThat(signal.value()).contains("\"pdsaCycleId\":\"" + cycle + "\"",
                "\"pdsaCycleTitle\":\"Falls huddle at handover\"");
        asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/analysis").exchange().expectBody()
                .jsonPath("$.cycles[0].id").isEqualTo(cycle)
                .jsonPath("$.cycles[0].periods[0]").isEqualTo(FIRST_WEEK.plusWeeks(6).toString());
        byte[] svg = asMember(lead).get().uri("/projects/" + project + "/measures/" + measure + "/chart.svg")
                .exchange().expectBody().returnResult().getResponseBody();
        assertThat(new String(svg)).contains("class=\"pdsa-cycle\"", "PDSA: Falls huddle at handover");
    }
}
