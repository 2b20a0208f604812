package org.qnet.projects.project.model;

import java.util.Locale;
import java.util.Optional;

/** Who may see a project: everyone signed in, members of the community, or only its team. */
public enum Visibility {
    PUBLIC, MEMBERS, TEAM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Visibility> fromCode(String code) {
        for (Visibility visibility : values()) {
            if (visibility.code().equals(code)) {
                return Optional.of(visibility);
            }
        }
        return Optional.empty();
    }
}
