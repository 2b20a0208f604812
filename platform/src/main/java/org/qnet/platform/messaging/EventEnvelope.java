package org.qnet.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.qnet.contracts.CloudEventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/** A received CloudEvent in Kafka binary mode: its attributes from the headers, its data from the value. */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, byte[] data) {

    public static EventEnvelope from(Message<byte[]> message) {
        return from(message.getHeaders()::get, message.getPayload());
    }

    /** The {@code index}th record of a batch, whose headers the binder gives as one map per record. */
    public static EventEnvelope fromBatch(Message<List<byte[]>> batch, int index) {
        List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        if (headers == null || headers.size() <= index || !(headers.get(index) instanceof Map<?, ?> recordHeaders)) {
            throw new MalformedEventException("record " + index + " of the batch came without its headers");
        }
        return from(recordHeaders::get, batch.getPayload().get(index));
    }

    private static EventEnvelope from(Function<String, Object> headers, byte[] payload) {
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = text(headers, CloudEventHeaders.SOURCE);
        String subject = text(headers, CloudEventHeaders.SUBJECT);
        String time = text(headers, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(id, type, source, subject, time == null ? null : Instant.parse(time),
                    payload);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 instant: " + time, e);
        }
    }

    private static String required(Function<String, Object> headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String text(Function<String, Object> headers, String name) {
        Object value = headers.apply(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
