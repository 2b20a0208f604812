package org.qnet.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The projects journey across processes: members-service admits a member, projects-service hears of
 * them and lets them share a project and lead a team; when they erase their data in members-service,
 * projects-service takes them off the team and the lead passes on. The demo projects show signals.
 */
class ProjectJourneyIT extends OnTheDemoStack {

    @Test
    void the_demo_projects_show_signals_after_their_pdsa_cycles() {
        String maya = issuer.accessToken("maya", "qnet-demo");
        JsonNode projects = Api.get(projects("/projects"), maya).json();
        assertThat(projects.get("total").asInt()).isGreaterThanOrEqualTo(4);
        String falls = StreamSupport.stream(projects.get("items").spliterator(), false)
                .filter(project -> project.get("title").asString().startsWith("Reducing falls"))
                .findFirst().orElseThrow().get("id").asString();
        String measure = Api.get(projects("/projects/" + falls + "/measures"), maya).json().get(0).get("id").asString();

        JsonNode analysis = Api.get(projects("/projects/" + falls + "/measures/" + measure + "/analysis"), maya).json();
        assertThat(analysis.get("points").size()).isEqualTo(52);
        assertThat(StreamSupport.stream(analysis.get("signals").spliterator(), false)
                .map(signal -> signal.get("rule").asString() + "/" + signal.get("direction").asString()))
                .contains("shift/improvement");
        assertThat(analysis.get("cycles").size()).isPositive();
        Api.Answer chart = Api.get(projects("/projects/" + falls + "/measures/" + measure + "/chart.svg"), maya);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).contains("Shift (improvement)");
    }

    @Test
    void an_admitted_member_leads_a_project_until_they_erase_their_data() {
        Admission jo = Admission.of(stack, issuer, "Jo Project");
        Api.Answer shared = await().atMost(Duration.ofSeconds(60)).until(() -> Api.post(projects("/projects"), jo.token(), """
                {"title": "Maternity early warning scores", "aim": "Every deteriorating mother escalated within 30 minutes.",
                 "topics": ["maternity"], "visibility": "members", "status": "active"}
                """), answer -> answer.status() != 403);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String project = shared.json().get("id").asString();

        String maya = issuer.accessToken("maya", "qnet-demo");
        assertThat(Api.post(projects("/projects/" + project + "/join-requests"), maya, "{}").status()).isEqualTo(202);
        String mayaId = Api.get(stack.url("members") + "/members/me", maya).json().get("id").asString();
        assertThat(Api.post(projects("/projects/" + project + "/join-requests/" + mayaId + "/accept"), jo.token(), "")
                .status()).isEqualTo(200);

        assertThat(Api.delete(stack.url("members") + "/members/me", jo.token()).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode seen = Api.get(projects("/projects/" + project), maya).json();
            assertThat(seen.get("lead").get("id").asString()).isEqualTo(mayaId);
            assertThat(StreamSupport.stream(seen.get("team").spliterator(), false)
                    .map(member -> member.get("id").asString())).containsExactly(mayaId);
        });
    }

    private static String projects(String path) {
        return stack.url("projects") + path;
    }
}
