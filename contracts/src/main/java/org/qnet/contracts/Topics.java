package org.qnet.contracts;

/** The topics that carry each producing service's public events, keyed by aggregate id. */
public final class Topics {

    public static final String MEMBERS = "qnet.members";
    public static final String PROJECTS = "qnet.projects";
    public static final String EVENTS = "qnet.events";

    private Topics() {
    }

    /** Where a consumer parks what it could not process: {@code <topic>.<service>.dlq}. */
    public static String deadLetter(String topic, String consumingService) {
        return topic + "." + consumingService + ".dlq";
    }
}
