package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
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

    @Test
    void a_removed_key_can_be_taken_again() {
        add(1, "notifications", "e1");
        handled.remove(new Document("_id", "i1").append("consumer", "notifications").append("eventId", "e1"));
        add(2, "notifications", "e1");

        assertThat(handled.getCount()).isEqualTo(1);
        assertThat(handled.getPositions(new Document("consumer", "notifications").append("eventId", "e1"))).containsExactly(2);
    }

    @Test
    void keys_read_straight_and_keys_read_by_the_store_meet_in_one_index() {
        UniqueIndex<Integer> ids = new UniqueIndex<>("_id_", List.of(new IndexKey("_id", true)), false);
        ObjectId objectId = new ObjectId();
        ids.add(new Document("_id", objectId), 1, null);
        ids.add(new Document("_id", 7), 2, null);

        assertThat(ids.getPosition(new Document("_id", objectId))).isEqualTo(1);
        assertThat(ids.getPosition(new Document("_id", 7.0))).as("a number the store normalizes").isEqualTo(2);
        assertThat(ids.getPositions(new Document("_id", new Document("$in", List.of(objectId, 7L))))).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void an_array_or_a_nested_path_is_indexed_by_the_store() {
        UniqueIndex<Integer> tags = new UniqueIndex<>("tags_1", List.of(new IndexKey("tags", true)), false);
        tags.add(new Document("tags", List.of("flow", "sepsis")), 1, null);
        assertThat(tags.getCount()).as("one key per element").isEqualTo(2);
        assertThat(tags.getPosition(new Document("tags", "sepsis"))).isEqualTo(1);

        UniqueIndex<Integer> emails = new UniqueIndex<>("profile.email_1", List.of(new IndexKey("profile.email", true)), false);
        emails.add(new Document("profile", new Document("email", "ada@example.org")), 1, null);
        assertThat(emails.getPosition(new Document("profile", new Document("email", "ada@example.org")))).isEqualTo(1);
        assertThat(emails.getPosition(new Document("profile", new Document("email", "grace@example.org")))).isNull();
    }

    @Test
    void a_sparse_index_holds_no_key_for_documents_without_its_fields_but_holds_an_explicit_null() {
        UniqueIndex<Integer> emails = new UniqueIndex<>("email_1", List.of(new IndexKey("email", true)), true);
        emails.add(new Document("_id", 1), 1, null);
        emails.add(new Document("_id", 2), 2, null);
        assertThat(emails.getCount()).isZero();

        emails.add(new Document("_id", 3).append("email", null), 3, null);
        assertThat(emails.getCount()).isEqualTo(1);
        assertThat(emails.getPosition(new Document("_id", 4).append("email", null))).isEqualTo(3);
    }

    private void add(int position, String consumer, String eventId) {
        handled.add(new Document("_id", "i" + position).append("consumer", consumer).append("eventId", eventId), position, null);
    }
}
