package org.qnet.members.organisation.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.qnet.members.reference.Region;

/**
 * A nominating organisation. Its id is a slug of its name, so that two registrations of one name are
 * one identity (and the database refuses the second), and so that a nominator's {@code org} claim is
 * readable.
 */
public record Organisation(String id, String name, OrganisationKind kind, Region region, List<Nominator> nominators,
                           Instant registeredAt) {

    public static final int MAX_NAME_LENGTH = 200;

    public Organisation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(region);
        nominators = List.copyOf(nominators);
    }

    /** Registers an organisation, or says which rule the request breaks. */
    public static RegistrationResult register(String name, OrganisationKind kind, Region region,
                                              List<Nominator> nominators, Instant now) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            return new RegistrationResult.Refused("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        String id = idFor(trimmed);
        if (id.isEmpty()) {
            return new RegistrationResult.Refused("name", "must contain letters or digits");
        }
        if (nominators.isEmpty()) {
            return new RegistrationResult.Refused("nominators", "an organisation needs at least one nominator");
        }
        if (new HashSet<>(nominators.stream().map(Nominator::subject).toList()).size() != nominators.size()) {
            return new RegistrationResult.Refused("nominators", "each nominator may be listed once");
        }
        return new RegistrationResult.Registered(new Organisation(id, trimmed, kind, region, nominators, now));
    }

    /** "St Mary's NHS Trust" becomes "st-marys-nhs-trust". */
    static String idFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    public boolean hasNominator(String subject) {
        return nominators.stream().anyMatch(n -> n.subject().equals(subject));
    }

    /** The outcome of a registration: the organisation, or the rule it broke. */
    public sealed interface RegistrationResult {
        record Registered(Organisation organisation) implements RegistrationResult {
        }

        record Refused(String field, String reason) implements RegistrationResult {
        }
    }
}
