package org.qnet.members.suggestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final List<String> MINE = List.of("sepsis", "patient safety", "frailty");

    @Test
    void shared_topics_outrank_the_same_region() {
        Suggestion twoTopics = Suggestion.of("a", 0, MINE, List.of("sepsis", "frailty"), false);
        Suggestion topicAndRegion = Suggestion.of("b", 0, MINE, List.of("sepsis"), true);
        Suggestion regionOnly = Suggestion.of("c", 0, MINE, List.of("digital"), true);

        assertThat(Stream.of(regionOnly, topicAndRegion, twoTopics).sorted(Suggestion.BEST_FIRST).map(Suggestion::memberId))
                .containsExactly("a", "b", "c");
    }

    @Test
    void the_reason_says_what_is_shared() {
        assertThat(Suggestion.of("a", 0, MINE, MINE, true).reason()).isEqualTo("3 shared topics, same region");
        assertThat(Suggestion.of("a", 0, MINE, List.of("sepsis"), false).reason()).isEqualTo("1 shared topic");
        assertThat(Suggestion.of("a", 0, MINE, List.of(), true).reason()).isEqualTo("same region");
    }

    @Test
    void a_shared_project_outranks_a_shared_topic_and_the_region() {
        Suggestion teammate = Suggestion.of("a", 1, MINE, List.of(), false);
        Suggestion topicAndRegion = Suggestion.of("b", 0, MINE, List.of("sepsis"), true);

        assertThat(Stream.of(topicAndRegion, teammate).sorted(Suggestion.BEST_FIRST).map(Suggestion::memberId))
                .containsExactly("a", "b");
        assertThat(Suggestion.of("a", 2, MINE, List.of("sepsis"), true).reason())
                .isEqualTo("2 shared projects, 1 shared topic, same region");
    }

    @Test
    void a_peer_sharing_nothing_is_not_suggested() {
        assertThat(Suggestion.of("a", 0, MINE, List.of("digital"), false).isWorthSuggesting()).isFalse();
    }
}
