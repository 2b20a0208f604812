package org.qnet.projects.cycle.model;

import java.util.Locale;

/** The stages after planning, recorded in this order. */
public enum Stage {
    DO, STUDY, ACT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
