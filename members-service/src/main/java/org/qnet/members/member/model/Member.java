package org.qnet.members.member.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An admitted person. The id is also the subject of their sign-in account, so a token names its member.
 * {@code version} counts profile changes, so that two concurrent edits cannot silently overwrite each other.
 */
public record Member(String id, String name, String email, Profile profile, Instant admittedAt, String nominationId,
                     long version) {

    public Member {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(profile);
    }

    public Member withProfile(Profile changed) {
        return new Member(id, name, email, changed, admittedAt, nominationId, version + 1);
    }
}
