package org.qnet.identity;

import java.util.List;
import java.util.stream.Stream;

/**
 * A person who can sign in, with what their tokens say about them.
 *
 * @param organisation for a NOMINATOR, the organisation they act for; otherwise null
 * @param memberId     for an admitted member, their member id, which their tokens carry as subject;
 *                     otherwise null
 */
public record Account(String username, String password, String name, String email, List<String> roles,
                      String organisation, String memberId) {

    static final String MEMBER = "MEMBER";

    public Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** The same person once admitted: a member, whatever else they are. */
    Account asMember(String admittedAs) {
        List<String> withMember = roles.contains(MEMBER) ? roles
                : Stream.concat(roles.stream(), Stream.of(MEMBER)).toList();
        return new Account(username, password, name, email, withMember, organisation, admittedAs);
    }

    /** The subject of this person's tokens: their member id once admitted, else their username. */
    String subject() {
        return memberId == null ? username : memberId;
    }
}
