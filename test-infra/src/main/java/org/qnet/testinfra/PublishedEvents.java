package org.qnet.testinfra;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a service under test published, read from the start of its topic by one reader per topic for
 * the whole test run. The header name is spelled out: it is the wire format, not the code under test.
 */
public final class PublishedEvents {

    private static final Map<String, TopicReader> READERS = new ConcurrentHashMap<>();

    private PublishedEvents() {
    }

    public static TopicReader on(String topic) {
        return READERS.computeIfAbsent(topic, name -> {
            TopicReader reader = TopicReader.of(name);
            Runtime.getRuntime().addShutdownHook(new Thread(reader::close, name + "-reader"));
            return reader;
        });
    }

    /** Whether a record is an event of the type about the subject. */
    public static boolean about(TopicReader.Received record, String ceType, String subject) {
        return subject.equals(record.key()) && ceType.equals(record.header("ce_type"));
    }

    /** Waits for an event of the type about the subject on the topic, and checks it against its schema. */
    public static TopicReader.Received assertPublishedConforming(String topic, String ceType, String subject) {
        var record = on(topic).awaitRecords(r -> about(r, ceType, subject), 1).get(0);
        EventSchemas.assertConforms(ceType, record.value());
        return record;
    }
}
