package org.qnet.localstack;

/** Where each part of the local stack listens. */
public record Ports(int kafka, int mongo, int identity, int members, int projects, int events, int notifications,
                    int gateway, int smtp, int imap) {

    /** The documented ports of the local stack. */
    public static Ports defaults() {
        return new Ports(9092, 27017, 9000, 8081, 8082, 8083, 8084, 8080, 2525, 3143);
    }

    /** Free ports, so that a test stack never collides with a running one. */
    public static Ports free() {
        return new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next());
    }
}
