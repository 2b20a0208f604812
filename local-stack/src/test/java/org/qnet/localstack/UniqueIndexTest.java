package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UniqueIndexTest {

    private final UniqueIndex<Integer> handled = new UniqueIndex<>("consumer_event_unique",
            List.of(new IndexKey("consumer", true), new IndexKey("eventId", true)), false);

    @Test
    void a_compound_key_asked_for_by_in_finds_each_combination_that_is_there() {
        add(1, "notifications", "e1");
        add(2, "notifications", "e2");
        add(3, "projects", "e1");

        Document query = new Document("consumer", "notifications")
                .append("eventId", new Document("$in", List.of("e1", "e2", "e9")));

        assertThat(handled.canHandle(query)).isTrue();
        assertThat(handled.getPositions(query)).containsExactlyInAnyOrder(1, 2);
        assertThat(handled.getPositions(new Document("consumer", new Document("$in", List.of("notifications", "projects")))
                .append("eventId", "e1"))).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void a_compound_key_asked_for_by_plain_values_is_one_lookup() {
        add(1, "notifications", "e1");

        assertThat(handled.getPositions(new Document("consumer", "notifications").append("eventId", "e1"))).containsExactly(1);
        assertThat(handled.getPositions(new Document("consumer", "notifications").append("eventId", "e2"))).isEmpty();
    }

    @Test
    void what_it_cannot_look_up_is_left_to_a_scan() {
        assertThat(handled.canHandle(new Document("consumer", "notifications"))).as("part of the key").isFalse();
        assertThat(handled.canHandle(new Document("consumer", "notifications")
                .append("eventId", new Document("$gt", "e1")))).as("a range").isFalse();
        assertThat(handled.canHandle(new Document("consumer", "notifications")
                .append("eventId", new Document("$in", List.of("e1", Pattern.compile("^e")))))).as("a pattern among the values").isFalse();
        assertThat(handled.canHandle(new Document("consumer", "notifications")
                .append("eventId", new Document("$regex", "^e")).append("type", "x"))).as("a pattern").isFalse();
        assertThat(handled.canHandle(new Document("consumer", "notifications")
                .append("eventId", null).append("type", "x"))).as("a null, which also asks for the field missing").isFalse();
    }

    @Test
    void a_key_asked_for_beside_other_fields_is_looked_up_and_the_rest_left_to_the_store() {
        add(1, "notifications", "e1");
        add(2, "notifications", "e2");

        Document query = new Document("consumer", "notifications").append("eventId", "e1").append("type", "x");

        assertThat(handled.canHandle(query)).isTrue();
        assertThat(handled.getPositions(query)).containsExactly(1);
        assertThat(handled.getPositions(new Document("consumer", "notifications")
                .append("eventId", new Document("$in", List.of("e1", "e2"))).append("handledAt", new Document("$gt", 0))))
                .containsExactlyInAnyOrder(1, 2);
    }

    private void add(int position, String consumer, String eventId) {
        handled.add(new Document("_id", "i" + position).append("consumer", consumer).append("eventId", eventId), position, null);
    }
}
