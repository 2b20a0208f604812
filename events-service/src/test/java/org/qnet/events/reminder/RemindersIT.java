package org.qnet.events.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.events.EventsIntegrationTest;
import org.qnet.events.reminder.application.Reminders;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** Reminders go out once per event and reminder, however many passes run at once. */
class RemindersIT extends EventsIntegrationTest {

    @Autowired
    Reminders reminders;

    @Test
    void the_day_before_reminder_is_claimed_once_by_concurrent_passes_and_names_the_confirmed() {
        LocalDateTime soon = LocalDateTime.now(LONDON).plusHours(3).withSecond(0).withNano(0);
        Map<String, Object> body = new HashMap<>(event(5, true));
        body.put("start", soon.toString());
        body.put("end", soon.plusHours(1).toString());
        String id = create("olu", body).get("id").asString();
        String member = admitted("Maya Patel");
        asMember(member).post().uri("/events/" + id + "/registrations").exchange().expectStatus().isCreated();

        Flux.range(0, 6).flatMap(pass -> reminders.sendDue().subscribeOn(Schedulers.parallel())).blockLast();

        var due = eventsTopic().awaitRecords(r -> is(r, EventReminderDue.TYPE.ceType(), id), 1).get(0);
        org.qnet.testinfra.EventSchemas.assertConforms(EventReminderDue.TYPE.ceType(), due.value());
        assertThat(due.value()).contains("\"reminder\":\"24h\"", member);
        assertThat(eventsTopic().drain(Duration.ofSeconds(2), r -> is(r, EventReminderDue.TYPE.ceType(), id))).hasSize(1);
    }
}
