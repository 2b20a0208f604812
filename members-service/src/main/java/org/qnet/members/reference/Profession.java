package org.qnet.members.reference;

import java.util.Arrays;
import java.util.Optional;

/** What a candidate or member does; the codes travel in events and query parameters. */
public enum Profession {
    DOCTOR("doctor"),
    NURSE("nurse"),
    MIDWIFE("midwife"),
    ALLIED_HEALTH_PROFESSIONAL("allied-health-professional"),
    SCIENTIST("scientist"),
    PHARMACIST("pharmacist"),
    MANAGER("manager"),
    RESEARCHER("researcher"),
    PATIENT_LEADER("patient-leader"),
    POLICY_MAKER("policy-maker"),
    OTHER("other");

    private final String code;

    Profession(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Profession> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Profession::code).toList().toString();
    }
}
