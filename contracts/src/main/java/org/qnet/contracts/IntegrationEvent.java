package org.qnet.contracts;

/**
 * An event that crosses a service boundary. Its record components are the event's data; the type and
 * subject travel in the CloudEvents headers.
 */
public interface IntegrationEvent {

    EventType eventType();

    /** The aggregate the event is about; also the record key, so one aggregate's events stay in order. */
    String subject();
}
