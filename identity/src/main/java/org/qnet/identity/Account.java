package org.qnet.identity;

import java.util.List;

/**
 * A person who can sign in, with what their tokens say about them.
 *
 * @param organisation for a NOMINATOR, the organisation they act for; otherwise null
 */
public record Account(String username, String password, String name, String email, List<String> roles,
                      String organisation) {

    public Account {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
