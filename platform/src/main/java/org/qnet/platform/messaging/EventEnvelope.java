package org.qnet.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.qnet.contracts.CloudEventHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/** A received CloudEvent in Kafka binary mode: its attributes from the headers, its data from the value. */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, byte[] data) {

    public static EventEnvelope from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = text(headers, CloudEventHeaders.SOURCE);
        String subject = text(headers, CloudEventHeaders.SUBJECT);
        String time = text(headers, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(id, type, source, subject, time == null ? null : Instant.parse(time),
                    message.getPayload());
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 instant: " + time, e);
        }
    }

    private static String required(MessageHeaders headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String text(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
