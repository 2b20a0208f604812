package org.qnet.projects.analysis.web;

import java.time.LocalDate;
import java.util.List;
import org.qnet.projects.analysis.model.ChartPoint;
import org.qnet.projects.cycle.model.PdsaCycle;

/** A PDSA cycle as a chart shows it: over the periods from its start to its act (or today, while it runs). */
record CycleAnnotation(String id, String title, LocalDate startsOn, LocalDate endsOn, String decision,
                       boolean completed, List<LocalDate> periods) {

    static CycleAnnotation of(PdsaCycle cycle, List<ChartPoint> points, LocalDate today) {
        LocalDate end = cycle.endsOn(today);
        List<LocalDate> covered = points.stream().map(point -> point.observation().period())
                .filter(period -> !period.isBefore(cycle.startsOn()) && !period.isAfter(end))
                .toList();
        return new CycleAnnotation(cycle.id(), cycle.title(), cycle.startsOn(), end,
                cycle.decision() == null ? null : cycle.decision().code(), cycle.completed(), covered);
    }

    /** A cycle belongs on a measure's chart when it links that measure, or links none (it is project-wide). */
    static boolean belongsOn(PdsaCycle cycle, String measureId) {
        return cycle.measureIds().isEmpty() || cycle.links(measureId);
    }
}
