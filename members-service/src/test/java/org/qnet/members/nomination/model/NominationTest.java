package org.qnet.members.nomination.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.members.nomination.model.Nomination.Submission;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;

class NominationTest {

    private static final Instant NOW = Instant.parse("2026-01-12T10:30:00Z");

    @Test
    void a_submitted_nomination_waits_for_the_panel_with_the_candidate_in_canonical_form() {
        Nomination nomination = submitted(submit("  Grace   Okafor ", " Grace@Example.ORG ", List.of("Patient  Safety",
                "patient safety", "Sepsis"), "Leads sepsis work."));

        assertThat(nomination.isUndecided()).isTrue();
        assertThat(nomination.candidate().name()).isEqualTo("Grace Okafor");
        assertThat(nomination.candidate().email()).isEqualTo("grace@example.org");
        assertThat(nomination.candidate().topics()).containsExactly("patient safety", "sepsis");
    }

    @Test
    void the_supporting_statement_is_required_and_at_most_five_thousand_characters() {
        assertThat(submit("Grace", "g@example.org", List.of(), "x".repeat(5_000))).isInstanceOf(Submission.Submitted.class);
        assertThat(submit("Grace", "g@example.org", List.of(), "x".repeat(5_001)))
                .isEqualTo(new Submission.Refused("statement", "must be 1 to 5000 characters"));
        assertThat(submit("Grace", "g@example.org", List.of(), "   "))
                .isEqualTo(new Submission.Refused("statement", "must be 1 to 5000 characters"));
    }

    @Test
    void too_many_or_too_long_topics_are_refused() {
        assertThat(submit("Grace", "g@example.org", Collections.nCopies(21, "t"), "Fine."))
                .isInstanceOf(Submission.Refused.class);
        assertThat(submit("Grace", "g@example.org", List.of("t".repeat(61)), "Fine."))
                .isEqualTo(new Submission.Refused("candidate.topics", "each label must be 1 to 60 characters"));
    }

    private static Submission submit(String name, String email, List<String> topics, String statement) {
        return Nomination.submit("n1", "r1", "northfield-nhs-trust", "nora", name, email, Profession.NURSE,
                Region.NORTH_WEST, topics, statement, NOW);
    }

    private static Nomination submitted(Submission submission) {
        return ((Submission.Submitted) submission).nomination();
    }
}
