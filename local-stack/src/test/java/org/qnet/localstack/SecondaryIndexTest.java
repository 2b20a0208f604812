package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecondaryIndexTest {

    private final SecondaryIndex<Integer> byRecipient = new SecondaryIndex<>("recipient_position",
            List.of(new IndexKey("recipient", true), new IndexKey("position", true)));

    @Test
    void a_query_for_the_leading_key_gets_only_the_documents_with_that_value() {
        add(1, "ada", 1);
        add(2, "grace", 1);
        add(3, "ada", 2);

        assertThat(byRecipient.getPositions(new Document("recipient", "ada").append("position", new Document("$gt", 1))))
                .containsExactly(1, 3);
        assertThat(byRecipient.getPositions(new Document("recipient", new Document("$in", List.of("grace", "ada")))))
                .containsExactlyInAnyOrder(1, 2, 3);
        assertThat(byRecipient.getPositions(new Document("recipient", new Document("$eq", "nobody")))).isEmpty();
        assertThat(byRecipient.getPositions(new Document("$and", List.of(new Document("position", 2),
                new Document("recipient", "ada"))))).containsExactly(1, 3);
    }

    @Test
    void an_or_whose_every_branch_names_the_leading_key_gets_the_union() {
        add(1, "ada", 1);
        add(2, "grace", 1);
        add(3, "linus", 1);

        Document either = new Document("$or", List.of(
                new Document("recipient", "ada").append("position", new Document("$gt", 0)),
                new Document("recipient", new Document("$in", List.of("grace")))));
        assertThat(byRecipient.getPositions(either)).containsExactlyInAnyOrder(1, 2);
        assertThat(byRecipient.canHandle(new Document("$or", List.of(new Document("recipient", "ada"),
                new Document("position", 1))))).as("a branch the index cannot narrow").isFalse();
    }

    @Test
    void every_element_of_an_array_leads_to_its_document() {
        SecondaryIndex<Integer> byTopic = new SecondaryIndex<>("topics", List.of(new IndexKey("topics", true)));
        byTopic.add(document(1).append("topics", List.of("sepsis", "flow")), 1, null);
        byTopic.add(document(2).append("topics", List.of("flow")), 2, null);

        assertThat(byTopic.getPositions(new Document("topics", "flow"))).containsExactly(1, 2);
        assertThat(byTopic.getPositions(new Document("topics", "sepsis"))).containsExactly(1);
    }

    @Test
    void numbers_of_different_types_with_the_same_value_are_one_key() {
        SecondaryIndex<Integer> byYear = new SecondaryIndex<>("year", List.of(new IndexKey("year", true)));
        byYear.add(document(1).append("year", 2026), 1, null);
        byYear.add(document(2).append("year", 2026L), 2, null);

        assertThat(byYear.getPositions(new Document("year", 2026.0))).containsExactly(1, 2);
    }

    @Test
    void a_changed_or_removed_document_is_found_only_where_it_now_is() {
        add(1, "ada", 1);
        add(2, "ada", 2);

        byRecipient.updateInPlace(document(1).append("recipient", "ada"), document(1).append("recipient", "grace"), 1, null);
        assertThat(byRecipient.remove(document(2).append("recipient", "ada"))).isEqualTo(2);

        assertThat(byRecipient.getPositions(new Document("recipient", "ada"))).isEmpty();
        assertThat(byRecipient.getPositions(new Document("recipient", "grace"))).containsExactly(1);
        assertThat(byRecipient.getCount()).isEqualTo(1);
    }

    @Test
    void a_document_without_the_key_is_still_known_by_its_id() {
        byRecipient.add(document(7), 7, null);

        assertThat(byRecipient.getPosition(document(7))).isEqualTo(7);
        assertThat(byRecipient.remove(document(7))).isEqualTo(7);
    }

    @Test
    void queries_it_cannot_narrow_are_left_to_a_scan() {
        assertThat(byRecipient.canHandle(new Document("position", 1))).as("not the leading key").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", null))).as("null also matches a missing field").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", new Document("$gt", "a")))).as("a range").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", Pattern.compile("^a")))).as("a pattern").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", List.of("ada")))).as("an array").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", new Document("$in", List.of("ada", Pattern.compile("^g"))))))
                .as("a pattern among the values").isFalse();
        assertThat(byRecipient.canHandle(new Document("recipient", "ada"))).isTrue();
    }

    @Test
    void a_compound_index_gives_the_asked_values_documents_in_the_order_of_its_second_key() {
        add(1, "ada", 5);
        add(2, "grace", 3);
        add(3, "ada", 1);
        add(4, "linus", 2);
        add(5, "grace", 4);
        Document adaOrGrace = new Document("$or", List.of(new Document("recipient", "ada"),
                new Document("recipient", "grace").append("position", new Document("$gt", 0))));

        assertThat(byRecipient.positionsInOrder(adaOrGrace, new Document("position", 1))).containsExactly(3, 2, 5, 1);
        assertThat(byRecipient.positionsInOrder(adaOrGrace, new Document("position", -1))).containsExactly(1, 5, 2, 3);

        byRecipient.updateInPlace(document(1).append("recipient", "ada").append("position", 5),
                document(1).append("recipient", "ada").append("position", 0), 1, null);
        assertThat(byRecipient.positionsInOrder(new Document("recipient", "ada"), new Document("position", 1)))
                .containsExactly(1, 3);
    }

    @Test
    void an_order_the_index_cannot_give_is_left_to_the_store() {
        add(1, "ada", 1);
        byRecipient.add(document(2).append("recipient", "grace").append("position", List.of(2, 3)), 2, null);

        assertThat(byRecipient.positionsInOrder(new Document("recipient", "ada"), new Document("_id", 1)))
                .as("another key").isNull();
        assertThat(byRecipient.positionsInOrder(new Document("recipient", "ada"), new Document("position", 1).append("_id", 1)))
                .as("ties ordered by another key").isNull();
        assertThat(byRecipient.positionsInOrder(new Document("position", 1), new Document("position", 1)))
                .as("not narrowed by the leading key").isNull();
        assertThat(byRecipient.positionsInOrder(new Document("recipient", "grace"), new Document("position", 1)))
                .as("an array at the second key").isNull();
        assertThat(byRecipient.positionsInOrder(new Document("recipient", "ada"), new Document("position", 1)))
                .containsExactly(1);
        assertThat(new SecondaryIndex<Integer>("topics", List.of(new IndexKey("topics", true)))
                .positionsInOrder(new Document("topics", "flow"), new Document("topics", 1))).as("a single key").isNull();
    }

    private void add(int position, String recipient, int streamPosition) {
        byRecipient.add(document(position).append("recipient", recipient).append("position", streamPosition), position, null);
    }

    private static Document document(int id) {
        return new Document("_id", "n" + id);
    }
}
