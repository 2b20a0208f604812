package org.qnet.projects.analysis.model;

import java.util.ArrayList;
import java.util.List;

/** Turns the stretches a rule found into signals named by their rule and periods. */
final class SignalCollector {

    private final ChartSettings settings;
    private final List<Observation> observations;
    private final List<Signal> found = new ArrayList<>();

    SignalCollector(ChartSettings settings, List<Observation> observations) {
        this.settings = settings;
        this.observations = observations;
    }

    void directional(Rule rule, Stretch stretch) {
        add(rule, settings.improvement().of(stretch.upwards()), stretch.first(), stretch.last());
    }

    void neutral(Rule rule, Stretch stretch) {
        add(rule, SignalDirection.NEUTRAL, stretch.first(), stretch.last());
    }

    void acrossAll(Rule rule) {
        add(rule, SignalDirection.NEUTRAL, 0, observations.size() - 1);
    }

    private void add(Rule rule, SignalDirection direction, int first, int last) {
        found.add(new Signal(rule, direction,
                observations.subList(first, last + 1).stream().map(Observation::period).toList()));
    }

    List<Signal> found() {
        return found;
    }
}
