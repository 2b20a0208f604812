package org.qnet.projects.project.model;

import java.util.Locale;
import java.util.Optional;

/** Where a project is in its life; the lead moves it, in any direction, as the work goes. */
public enum ProjectStatus {
    IDEA, ACTIVE, SUSTAINING, COMPLETED, ARCHIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProjectStatus> fromCode(String code) {
        for (ProjectStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
