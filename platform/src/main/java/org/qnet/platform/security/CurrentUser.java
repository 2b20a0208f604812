package org.qnet.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, from their access token: the subject, name and email, the roles, and for a
 * NOMINATOR the organisation they act for ({@code org} claim).
 */
public record CurrentUser(String subject, String name, String email, Set<Role> roles, Optional<String> organisation) {

    public static CurrentUser from(Jwt jwt) {
        return new CurrentUser(
                jwt.getSubject(),
                jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"),
                RolesClaim.roles(jwt),
                Optional.ofNullable(jwt.getClaimAsString("org")));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user is a nominator acting for {@code organisationId}. */
    public boolean nominatesFor(String organisationId) {
        return has(Role.NOMINATOR) && organisation.filter(organisationId::equals).isPresent();
    }

    static List<String> authorities(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
