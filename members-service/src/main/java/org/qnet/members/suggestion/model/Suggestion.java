package org.qnet.members.suggestion.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A peer worth connecting with, and why. A shared project weighs most, then a shared topic, then the
 * same region: people working on the same problems learn most from each other.
 */
public record Suggestion(String memberId, int sharedProjects, int sharedTopics, boolean sameRegion) {

    public static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingInt(Suggestion::score).reversed()
            .thenComparing(Suggestion::memberId);

    /** How a peer compares with the member, from what both have. */
    public static Suggestion of(String memberId, int sharedProjects, List<String> myTopics, List<String> theirTopics,
                                boolean sameRegion) {
        Set<String> shared = new HashSet<>(myTopics);
        shared.retainAll(theirTopics);
        return new Suggestion(memberId, sharedProjects, shared.size(), sameRegion);
    }

    public int score() {
        return sharedProjects * 3 + sharedTopics * 2 + (sameRegion ? 1 : 0);
    }

    public boolean isWorthSuggesting() {
        return score() > 0;
    }

    /** "1 shared project, 3 shared topics, same region". */
    public String reason() {
        List<String> parts = new ArrayList<>();
        if (sharedProjects > 0) {
            parts.add(sharedProjects + (sharedProjects == 1 ? " shared project" : " shared projects"));
        }
        if (sharedTopics > 0) {
            parts.add(sharedTopics + (sharedTopics == 1 ? " shared topic" : " shared topics"));
        }
        if (sameRegion) {
            parts.add("same region");
        }
        return String.join(", ", parts);
    }
}
