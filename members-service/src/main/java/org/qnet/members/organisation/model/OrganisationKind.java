package org.qnet.members.organisation.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of body that may nominate candidates. */
public enum OrganisationKind {
    NHS_TRUST("nhs-trust"),
    HEALTH_BOARD("health-board"),
    COMMISSIONER("commissioner"),
    UNIVERSITY("university"),
    ROYAL_COLLEGE("royal-college"),
    CHARITY("charity"),
    INDEPENDENT_PROVIDER("independent-provider"),
    OTHER("other");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OrganisationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
