package org.qnet.members.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void labels_differing_only_in_case_and_spacing_are_one_label() {
        assertThat(Topics.of(List.of("Patient  Safety", " patient safety ", "Sepsis")).values())
                .containsExactly("patient safety", "sepsis");
    }

    @Test
    void empty_labels_and_more_than_twenty_are_refused() {
        assertThat(Topics.of(List.of(" ")).refusal()).isPresent();
        assertThat(Topics.of(Collections.nCopies(21, "x")).refusal()).contains("at most 20 labels");
    }
}
