package org.qnet.notifications.events;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.events.EventCancelled;
import org.qnet.contracts.events.EventPublished;
import org.qnet.contracts.events.EventReminderDue;
import org.qnet.contracts.events.EventRescheduled;
import org.qnet.contracts.events.RegistrationCancelled;
import org.qnet.contracts.events.RegistrationConfirmed;
import org.qnet.contracts.events.RegistrationWaitlisted;
import org.qnet.contracts.events.WaitlistPromoted;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.notifications.NotificationsIntegrationTest;

/** qnet.events events reach members on the event's topics and the registrants concerned, once. */
class EventNoticesIT extends NotificationsIntegrationTest {

    private static final Instant STARTS = Instant.parse("2027-01-14T13:00:00Z");

    @Test
    void a_published_event_reaches_the_members_whose_topics_it_shares() {
        String topic = "topic-" + someone();
        String interested = someone();
        String elsewhere = someone();
        publishTwice(Topics.MEMBERS, new MemberAdmitted(interested, "Ida Keen", "i@example.org", "nurse", "London", "o",
                List.of(topic, "sepsis"), Instant.now()));
        publishTwice(Topics.MEMBERS, new MemberAdmitted(elsewhere, "Oli Away", "o@example.org", "nurse", "London", "o",
                List.of("unrelated-" + someone()), Instant.now()));
        assertInboxEventually(interested, "Welcome to the community, Ida Keen");
        String event = someone();

        publishTwice(Topics.EVENTS, new EventPublished(event, null, "Run charts that teams read", "seminar",
                "How to build a run chart.", List.of(topic), STARTS, STARTS.plusSeconds(3600), "Europe/London", true,
                40, "olu", Instant.now()));

        assertInboxEventually(interested, "Welcome to the community, Ida Keen",
                "New seminar on your topics: Run charts that teams read");
        assertInboxStays(elsewhere, "Welcome to the community, Oli Away");
    }

    @Test
    void registrants_hear_of_their_registration_changes_reminders_and_cancellation() {
        String seated = someone();
        String waiting = someone();
        String leaving = someone();
        String event = someone();
        String title = "Workshop " + event.substring(0, 8);
        Instant now = Instant.now();
        publishTwice(Topics.EVENTS, new RegistrationConfirmed(someone(), event, seated, title, STARTS, now));
        publishTwice(Topics.EVENTS, new RegistrationConfirmed(someone(), event, leaving, title, STARTS, now));
        publishTwice(Topics.EVENTS, new RegistrationWaitlisted(someone(), event, waiting, title, 1, now));
        publishTwice(Topics.EVENTS, new RegistrationCancelled(someone(), event, leaving, title, true, now));
        publishTwice(Topics.EVENTS, new WaitlistPromoted(someone(), event, waiting, title, STARTS, now));
        publishTwice(Topics.EVENTS, new EventRescheduled(event, title, STARTS.plusSeconds(7200),
                STARTS.plusSeconds(10800), "Europe/London", "Room 4", false, 1, now));
        publishTwice(Topics.EVENTS, new EventReminderDue(event, title, "24h", STARTS, "Europe/London",
                List.of(seated, waiting), now));
        publishTwice(Topics.EVENTS, new EventCancelled(event, title, STARTS, "The room flooded.", now));

        assertInboxEventually(seated, "Your place is confirmed: " + title, "Time or place changed: " + title,
                "Starting tomorrow: " + title, "Cancelled: " + title);
        assertInboxEventually(waiting, "You are on the waitlist: " + title, "A seat is yours: " + title,
                "Time or place changed: " + title, "Starting tomorrow: " + title, "Cancelled: " + title);
        assertInboxStays(leaving, "Your place is confirmed: " + title, "Registration cancelled: " + title);
    }
}
