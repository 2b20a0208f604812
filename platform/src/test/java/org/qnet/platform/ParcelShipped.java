package org.qnet.platform;

import org.qnet.contracts.EventType;
import org.qnet.contracts.IntegrationEvent;

/** A stand-in integration event for testing the mechanisms, unrelated to any qnet domain. */
record ParcelShipped(String parcelId, String destination) implements IntegrationEvent {

    static final EventType TYPE = new EventType("test", "ParcelShipped", 1);
    static final String TOPIC = "qnet.test.parcels";

    @Override
    public EventType eventType() {
        return TYPE;
    }

    @Override
    public String subject() {
        return parcelId;
    }
}
