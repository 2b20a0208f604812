package org.qnet.members.nomination.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;

/** The person a nomination puts forward. The email is kept in lower case: it identifies them in a round. */
public record Candidate(String name, String email, Profession profession, Region region, List<String> topics) {

    public Candidate {
        Objects.requireNonNull(profession);
        Objects.requireNonNull(region);
        name = name.strip().replaceAll("\\s+", " ");
        email = email.strip().toLowerCase(Locale.ROOT);
        topics = List.copyOf(topics);
    }
}
