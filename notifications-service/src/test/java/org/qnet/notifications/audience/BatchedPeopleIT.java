package org.qnet.notifications.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qnet.notifications.NotificationsIntegrationTest;
import org.qnet.notifications.audience.infrastructure.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.util.context.Context;

/** What one batch of events tells of members' profiles is written together, and seen within the batch. */
class BatchedPeopleIT extends NotificationsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    private People people;

    @Autowired
    private ReactiveMongoTemplate mongo;

    @Test
    void profile_changes_of_a_batch_are_written_when_it_completes_the_last_change_winning_and_the_address_kept() {
        String maya = someone();
        Context batch = people.batched().open();

        people.remember(maya, "Maya Patel", "maya@example.org", List.of("sepsis")).contextWrite(batch).block(WAIT);
        people.remember(maya, "Maya Patel-Shah", null, List.of("sepsis", "falls")).contextWrite(batch).block(WAIT);
        assertThat(stored(maya)).as("before the batch completes").isNull();
        people.batched().complete(batch).block(WAIT);

        Document stored = stored(maya);
        assertThat(stored.getString("name")).isEqualTo("Maya Patel-Shah");
        assertThat(stored.getString("email")).isEqualTo("maya@example.org");
        assertThat(stored.getList("topics", String.class)).containsExactly("sepsis", "falls");
    }

    @Test
    void a_read_within_the_batch_sees_the_profile_changes_before_it() {
        String sam = someone();
        Context batch = people.batched().open();
        people.remember(sam, "Sam Jones", "sam@example.org", List.of("patient flow")).contextWrite(batch).block(WAIT);

        assertThat(people.names(List.of(sam, someone())).contextWrite(batch).block(WAIT)).containsExactlyEntriesOf(
                Map.of(sam, "Sam Jones"));
        assertThat(people.emails(List.of(sam)).contextWrite(batch).block(WAIT)).containsEntry(sam, "sam@example.org");
        assertThat(people.interestedIn(List.of("patient flow")).contextWrite(batch).collectList().block(WAIT)).contains(sam);
    }

    @Test
    void a_member_forgotten_within_the_batch_stays_forgotten_when_it_completes() {
        String erin = someone();
        Context batch = people.batched().open();
        people.remember(erin, "Erin Gone", "erin@example.org", List.of()).contextWrite(batch).block(WAIT);

        people.forget(erin).contextWrite(batch).block(WAIT);
        people.batched().complete(batch).block(WAIT);

        assertThat(stored(erin)).isNull();
    }

    @Test
    void outside_a_batch_a_profile_change_is_written_at_once_keeping_the_address() {
        String grace = someone();
        people.remember(grace, "Grace Okafor", "grace@example.org", List.of("sepsis")).block(WAIT);

        people.remember(grace, "Grace Okafor-Bell", null, List.of()).block(WAIT);

        assertThat(stored(grace).getString("name")).isEqualTo("Grace Okafor-Bell");
        assertThat(stored(grace).getString("email")).isEqualTo("grace@example.org");
    }

    private Document stored(String memberId) {
        return mongo.findById(memberId, Document.class, People.COLLECTION).block(WAIT);
    }
}
