package org.qnet.projects.project.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.projects.project.model.Project.TeamChange;

class ProjectTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Viewer LEAD = new Viewer("lead", true);
    private static final Viewer MEMBER = new Viewer("member", true);
    private static final Viewer ORGANISER = new Viewer("organiser", false);

    private static Project project(Visibility visibility) {
        return Project.start("p1", new ProjectDescription("Falls", "Fewer falls", List.of("falls prevention"), null,
                visibility), ProjectStatus.ACTIVE, LEAD.id(), NOW);
    }

    private static Project changed(TeamChange change) {
        assertThat(change).isInstanceOf(TeamChange.Changed.class);
        return ((TeamChange.Changed) change).project();
    }

    @Test
    void the_member_who_shares_a_project_leads_it_and_is_its_team() {
        Project project = project(Visibility.TEAM);

        assertThat(project.accessFor(LEAD)).isEqualTo(Access.LEAD);
        assertThat(project.isOnTeam(LEAD.id())).isTrue();
    }

    @Test
    void a_team_project_is_hidden_from_everyone_off_the_team() {
        assertThat(project(Visibility.TEAM).accessFor(MEMBER)).isEqualTo(Access.NONE);
    }

    @Test
    void a_members_project_is_read_by_members_only() {
        assertThat(project(Visibility.MEMBERS).accessFor(MEMBER)).isEqualTo(Access.READ);
        assertThat(project(Visibility.MEMBERS).accessFor(ORGANISER)).isEqualTo(Access.NONE);
    }

    @Test
    void a_public_project_is_read_by_anyone_signed_in() {
        assertThat(project(Visibility.PUBLIC).accessFor(ORGANISER)).isEqualTo(Access.READ);
    }

    @Test
    void an_accepted_request_puts_the_member_on_the_team_with_team_access() {
        Project asked = changed(project(Visibility.MEMBERS).askToJoin(MEMBER.id(), "I run the falls audit", NOW));
        Project joined = changed(asked.accept(MEMBER.id(), NOW));

        assertThat(joined.accessFor(MEMBER)).isEqualTo(Access.TEAM);
        assertThat(joined.joinRequests()).isEmpty();
    }

    @Test
    void asking_twice_or_from_the_team_is_refused() {
        Project asked = changed(project(Visibility.MEMBERS).askToJoin(MEMBER.id(), null, NOW));

        assertThat(asked.askToJoin(MEMBER.id(), null, NOW)).isInstanceOf(TeamChange.Refused.class);
        assertThat(asked.askToJoin(LEAD.id(), null, NOW)).isInstanceOf(TeamChange.Refused.class);
    }

    @Test
    void accepting_someone_who_did_not_ask_finds_nothing() {
        assertThat(project(Visibility.MEMBERS).accept("stranger", NOW)).isInstanceOf(TeamChange.Missing.class);
    }

    @Test
    void a_declined_request_leaves_the_team_as_it_was() {
        Project asked = changed(project(Visibility.MEMBERS).askToJoin(MEMBER.id(), null, NOW));
        Project declined = changed(asked.decline(MEMBER.id()));

        assertThat(declined.isOnTeam(MEMBER.id())).isFalse();
        assertThat(declined.joinRequests()).isEmpty();
    }

    @Test
    void the_lead_cannot_leave_without_handing_over() {
        assertThat(project(Visibility.MEMBERS).removeFromTeam(LEAD.id())).isInstanceOf(TeamChange.Refused.class);
    }

    @Test
    void the_lead_passes_only_to_someone_on_the_team() {
        Project project = project(Visibility.MEMBERS);
        assertThat(project.handOverLeadTo(MEMBER.id())).isInstanceOf(TeamChange.Refused.class);

        Project joined = changed(changed(project.askToJoin(MEMBER.id(), null, NOW)).accept(MEMBER.id(), NOW));
        Project handedOver = changed(joined.handOverLeadTo(MEMBER.id()));

        assertThat(handedOver.accessFor(MEMBER)).isEqualTo(Access.LEAD);
        assertThat(handedOver.accessFor(LEAD)).isEqualTo(Access.TEAM);
    }

    @Test
    void forgetting_an_erased_lead_hands_the_lead_to_the_longest_serving_member() {
        Project joined = changed(changed(project(Visibility.MEMBERS).askToJoin(MEMBER.id(), null, NOW))
                .accept(MEMBER.id(), NOW));

        Project forgotten = joined.forget(LEAD.id());

        assertThat(forgotten.leadId()).isEqualTo(MEMBER.id());
        assertThat(forgotten.isOnTeam(LEAD.id())).isFalse();
    }
}
