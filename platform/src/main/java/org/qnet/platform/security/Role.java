package org.qnet.platform.security;

/** The roles a token's {@code roles} claim can grant. */
public enum Role {
    MEMBER, NOMINATOR, PANEL, ORGANISER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
