package org.qnet.members.member.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;

class ProfileChangeTest {

    private static final Profile SEEDED = Profile.seeded(Profession.NURSE, Region.LONDON, "Northfield NHS Trust",
            List.of("sepsis"));

    @Test
    void absent_fields_stay_as_they_are() {
        var result = change(Optional.of("New bio"), Optional.empty(), Optional.empty()).applyTo(SEEDED);

        Profile changed = ((ProfileChange.Result.Changed) result).profile();
        assertThat(changed.bio()).isEqualTo("New bio");
        assertThat(changed.topics()).containsExactly("sepsis");
        assertThat(changed.profession()).isEqualTo(Profession.NURSE);
        assertThat(changed.visibility()).isEqualTo(Visibility.LISTED);
    }

    @Test
    void topics_and_skills_are_kept_in_canonical_form_without_repeats() {
        var result = change(Optional.empty(), Optional.of(List.of(" Patient  Safety", "patient safety")),
                Optional.of(List.of("SPC Charts"))).applyTo(SEEDED);

        Profile changed = ((ProfileChange.Result.Changed) result).profile();
        assertThat(changed.topics()).containsExactly("patient safety");
        assertThat(changed.skills()).containsExactly("spc charts");
    }

    @Test
    void a_bio_over_two_thousand_characters_is_refused() {
        assertThat(change(Optional.of("b".repeat(2_001)), Optional.empty(), Optional.empty()).applyTo(SEEDED))
                .isEqualTo(new ProfileChange.Result.Refused("bio", "must be at most 2000 characters"));
    }

    @Test
    void a_member_starts_listed_untrained_and_not_mentoring() {
        assertThat(SEEDED.listed()).isTrue();
        assertThat(SEEDED.trainingLevel()).isEqualTo(TrainingLevel.NONE);
        assertThat(SEEDED.openToMentoring()).isFalse();
    }

    private static ProfileChange change(Optional<String> bio, Optional<List<String>> topics,
                                        Optional<List<String>> skills) {
        return new ProfileChange(bio, topics, skills, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
