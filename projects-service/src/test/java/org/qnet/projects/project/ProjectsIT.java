package org.qnet.projects.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.testinfra.Callers.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectStatusChanged;
import org.qnet.contracts.projects.ProjectUpdated;
import org.qnet.projects.ProjectsIntegrationTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Sharing, browsing and describing projects, with visibility respected object by object. */
class ProjectsIT extends ProjectsIntegrationTest {

    @Test
    void a_member_shares_a_project_and_leads_it() {
        Member maya = admitted("Maya Patel");

        String id = share(maya, "Reducing inpatient falls", "members");

        asMember(maya).get().uri("/projects/" + id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.title").isEqualTo("Reducing inpatient falls")
                .jsonPath("$.status").isEqualTo("active")
                .jsonPath("$.lead.name").isEqualTo("Maya Patel")
                .jsonPath("$.team[0].role").isEqualTo("lead")
                .jsonPath("$.yourAccess").isEqualTo("lead");
        var created = assertPublishedConforming(ProjectCreated.TYPE.ceType(), id);
        assertThat(created.value()).contains("\"leadId\":\"" + maya.id() + "\"");
    }

    @Test
    void someone_this_service_does_not_know_as_a_member_cannot_share() {
        as(http, "not-yet-admitted", "MEMBER").post().uri("/projects")
                .bodyValue(Map.of("title", "T", "aim", "A", "visibility", "public"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as(http, "an-organiser", "ORGANISER").post().uri("/projects")
                .bodyValue(Map.of("title", "T", "aim", "A", "visibility", "public"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void a_team_project_does_not_exist_for_anyone_off_the_team() {
        Member lead = admitted("Priya Shah");
        Member outsider = admitted("Tom Evans");
        String id = share(lead, "Sepsis six within the hour", "team");

        asMember(outsider).get().uri("/projects/" + id).exchange().expectStatus().isNotFound();
        asMember(outsider).get().uri("/projects/" + id + "/measures").exchange().expectStatus().isNotFound();
        asMember(outsider).put().uri("/projects/" + id + "/follow").exchange().expectStatus().isNotFound();
        assertThat(browse(outsider, "q=sepsis six")).doesNotContain(id);
        assertThat(browse(lead, "q=sepsis six")).contains(id);
    }

    @Test
    void a_members_project_is_hidden_from_callers_who_are_not_members_and_a_public_one_is_not() {
        Member lead = admitted("Grace Okafor");
        String membersOnly = share(lead, "Discharge before noon", "members");
        String open = share(lead, "Discharge lounge open to all", "public");

        as(http, "organiser-1", "ORGANISER").get().uri("/projects/" + membersOnly).exchange().expectStatus().isNotFound();
        as(http, "organiser-1", "ORGANISER").get().uri("/projects/" + open).exchange().expectStatus().isOk();
    }

    @Test
    void browsing_filters_by_text_topic_status_and_team_member_and_pages() {
        Member lead = admitted("Amir Khan");
        String flow = share(lead, "Patient flow in the [ED] (pilot)", "members");
        String other = share(lead, "Medicines reconciliation", "members");
        asMember(lead).put().uri("/projects/" + other + "/status").bodyValue(Map.of("status", "sustaining"))
                .exchange().expectStatus().isOk();

        assertThat(browse(lead, "q=[ED] (pilot)")).containsExactly(flow);
        assertThat(browse(lead, "member=" + lead.id() + "&status=sustaining")).containsExactly(other);
        assertThat(browse(lead, "member=" + lead.id() + "&topic=falls prevention&topic=patient safety"))
                .containsExactlyInAnyOrder(flow, other);
        assertThat(browse(lead, "member=" + lead.id() + "&topic=maternity")).isEmpty();
        asMember(lead).get().uri("/projects?member=" + lead.id() + "&size=1").exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].id").isEqualTo(other);
    }

    @Test
    void the_team_describes_the_project_and_others_may_not() {
        Member lead = admitted("Ola Nowak");
        Member teamMember = admitted("Ben Carter");
        Member reader = admitted("Chen Wei");
        String id = share(lead, "Pressure ulcers", "members");
        join(id, lead, teamMember);

        asMember(teamMember).patch().uri("/projects/" + id)
                .bodyValue(Map.of("aim", "No category 3 or 4 pressure ulcers by June", "topics", List.of("pressure ulcers")))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.aim").isEqualTo("No category 3 or 4 pressure ulcers by June")
                .jsonPath("$.title").isEqualTo("Pressure ulcers");
        asMember(reader).patch().uri("/projects/" + id).bodyValue(Map.of("title", "Mine now"))
                .exchange().expectStatus().isForbidden();
        assertPublishedConforming(ProjectUpdated.TYPE.ceType(), id);
    }

    @Test
    void only_the_lead_moves_the_status() {
        Member lead = admitted("Dana Scott");
        Member teamMember = admitted("Eli Brown");
        String id = share(lead, "Frailty at the front door", "members");
        join(id, lead, teamMember);

        asMember(teamMember).put().uri("/projects/" + id + "/status").bodyValue(Map.of("status", "completed"))
                .exchange().expectStatus().isForbidden();
        asMember(lead).put().uri("/projects/" + id + "/status").bodyValue(Map.of("status", "completed"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("completed");
        var changed = assertPublishedConforming(ProjectStatusChanged.TYPE.ceType(), id);
        assertThat(changed.value()).contains("\"from\":\"active\"", "\"to\":\"completed\"");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_nothing_is_stored() {
        Member lead = admitted("Fay Green");
        String id = share(lead, "Outpatients", "members");

        asMember(lead).post().uri("/projects").bodyValue(Map.of("aim", "No title", "visibility", "public"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("title");
        asMember(lead).post().uri("/projects").bodyValue(Map.of("title", "T", "aim", "A", "visibility", "everyone"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("visibility");
        asMember(lead).patch().uri("/projects/" + id).bodyValue(Map.of("leadId", "someone-else"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("leadId");
        asMember(lead).put().uri("/projects/" + id + "/status").bodyValue(Map.of("status", "finished"))
                .exchange().expectStatus().isBadRequest();
        asMember(lead).get().uri("/projects?page=-1").exchange().expectStatus().isBadRequest();
        asMember(lead).get().uri("/projects/" + id).exchange().expectBody()
                .jsonPath("$.yourAccess").isEqualTo("lead")
                .jsonPath("$.status").isEqualTo("active");
    }

    @Test
    void every_endpoint_needs_a_signed_in_caller() {
        http.get().uri("/projects").exchange().expectStatus().isUnauthorized();
    }

    private List<String> browse(Member caller, String query) {
        JsonNode page = asMember(caller).get().uri("/projects?" + query).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
