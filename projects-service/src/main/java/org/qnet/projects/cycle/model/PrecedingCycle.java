package org.qnet.projects.cycle.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The PDSA cycle a signal most likely follows from: the one that started most recently on or before
 * the period the signal completed on, preferring cycles linked to the signal's measure.
 */
public final class PrecedingCycle {

    private PrecedingCycle() {
    }

    public static Optional<PdsaCycle> of(List<PdsaCycle> cycles, String measureId, LocalDate signalCompletedOn) {
        List<PdsaCycle> before = cycles.stream().filter(cycle -> !cycle.startsOn().isAfter(signalCompletedOn)).toList();
        Comparator<PdsaCycle> latestStart = Comparator.comparing(PdsaCycle::startsOn);
        return before.stream().filter(cycle -> cycle.links(measureId)).max(latestStart)
                .or(() -> before.stream().max(latestStart));
    }
}
