package org.qnet.members.reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Improvement topics and skills are short free-text labels ("patient safety", "SPC charts"). They are
 * kept in one canonical form, lower case with single spaces, so that "Patient  Safety" and "patient
 * safety" are one topic in filters, facets and suggestions.
 */
public final class Topics {

    public static final int MAX_LABELS = 20;
    public static final int MAX_LABEL_LENGTH = 60;

    private Topics() {
    }

    public static String canonical(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The labels in canonical form without repeats, or why they cannot be accepted. */
    public static Labels of(List<String> labels) {
        if (labels.size() > MAX_LABELS) {
            return new Labels(List.of(), Optional.of("at most " + MAX_LABELS + " labels"));
        }
        var canonical = new LinkedHashSet<String>();
        for (String label : labels) {
            String c = canonical(label);
            if (c.isEmpty() || c.length() > MAX_LABEL_LENGTH) {
                return new Labels(List.of(), Optional.of("each label must be 1 to " + MAX_LABEL_LENGTH + " characters"));
            }
            canonical.add(c);
        }
        return new Labels(List.copyOf(canonical), Optional.empty());
    }

    /** Canonical labels, or the reason the input was refused. */
    public record Labels(List<String> values, Optional<String> refusal) {
    }
}
