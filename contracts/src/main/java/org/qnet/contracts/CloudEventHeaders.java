package org.qnet.contracts;

/**
 * CloudEvents 1.0 attributes in Kafka binary mode: each attribute is a record header prefixed
 * {@code ce_}, the event data is the record value, its media type is the {@code content-type} header.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String DATA_CONTENT_TYPE_VALUE = "application/json";

    public static final String ID = "ce_id";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context, so a trace continues across the broker. */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }
}
