package org.qnet.members.organisation.model;

import java.util.Locale;
import java.util.Objects;

/** A person who acts for a nominating organisation: their sign-in subject and email. */
public record Nominator(String subject, String email) {

    public Nominator {
        Objects.requireNonNull(subject);
        email = email.trim().toLowerCase(Locale.ROOT);
    }
}
