package org.qnet.projects.analysis.model;

import java.util.Comparator;
import java.util.List;

/** Reads a measure's data by the rules of its chart. */
public final class ChartAnalysis {

    private ChartAnalysis() {
    }

    public static Analysis analyse(ChartSettings settings, List<Observation> observations) {
        List<Observation> inOrder = observations.stream().sorted(Comparator.comparing(Observation::period)).toList();
        if (inOrder.isEmpty()) {
            return new Analysis(settings, List.of(), List.of(), null);
        }
        return switch (settings.type()) {
            case RUN -> RunChart.analyse(settings, inOrder);
            case XMR -> ShewhartChart.xmr(settings, inOrder);
            case P -> ShewhartChart.p(settings, inOrder);
        };
    }
}
