package org.qnet.platform.outbox;

import java.time.Instant;

/**
 * An integration event waiting to be published, carried inside the aggregate document that caused it,
 * so that the state change and its events are one single-document write.
 *
 * @param eventId     the CloudEvents id, stable across republishing so that consumers can drop duplicates
 * @param topic       where it goes
 * @param type        {@code ce_type}
 * @param source      {@code ce_source}
 * @param subject     {@code ce_subject} and record key: the aggregate id
 * @param dataSchema  {@code ce_dataschema}
 * @param time        {@code ce_time}: when the state change happened
 * @param data        the event data as JSON
 * @param traceparent the W3C trace context of the request that caused it, or null
 */
public record OutboxEvent(
        String eventId,
        String topic,
        String type,
        String source,
        String subject,
        String dataSchema,
        Instant time,
        String data,
        String traceparent) {

    // Not "id": Spring Data would store that as "_id" inside the array elements.

    /** The field of every outbox-carrying document that holds its pending events. */
    public static final String FIELD = "outbox";
}
