package org.qnet.localstack;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A season of demo events across kinds and topics: a weekly seminar series, a workshop one seat from
 * full, a site visit with a waitlist, a large forum, an action learning set, a webinar and a draft.
 */
final class EventDemoData {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(2);

    private final JsonApi api;
    private final String eventsUrl;
    private final String organiser;
    private final List<String> memberTokens;
    private final LocalDate nextMonday = LocalDate.now(LONDON).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

    /** Acts as the demo organiser, and registers the demo members (their tokens, demo accounts first). */
    EventDemoData(JsonApi api, String eventsUrl, String organiserToken, List<String> memberTokens) {
        this.api = api;
        this.eventsUrl = eventsUrl;
        this.organiser = organiserToken;
        this.memberTokens = List.copyOf(memberTokens);
    }

    void seed() {
        Map<String, Object> seminar = event("Weekly improvement seminar", "seminar",
                "An hour each Thursday on one method, one story and your questions.",
                "## Each week\n\n* a method, explained with a real chart\n* a team's story\n* questions from the floor",
                at(3, 13, 0), 60, null, "https://meet.qnet.example/weekly-seminar", 80,
                List.of("measurement for improvement", "leadership for improvement"));
        seminar.put("rrule", "FREQ=WEEKLY;COUNT=12");
        api.post(eventsUrl + "/events/series", organiser, seminar);

        String workshop = create(event("Run and SPC charts workshop", "workshop",
                "A hands-on day: bring your data, leave with charts your team will read.",
                "Bring a year of weekly data on one measure. We build run charts, then XmR and P charts.",
                at(9, 9, 30), 7 * 60, "Manchester Conference Centre, Room 4", null, 12,
                List.of("measurement for improvement", "patient safety")));
        register(workshop, 0, 11);

        String visit = create(event("Site visit: Northfield falls team", "site-visit",
                "See the falls huddle in action on wards 7 and 8 and talk to the team.",
                "Meet at the main entrance. Closed shoes, please.", at(15, 10, 0), 180,
                "Northfield General Hospital, Ward 7", null, 6, List.of("falls prevention", "frailty")));
        register(visit, 11, 9);

        String forum = create(event("International forum on quality and safety", "forum",
                "Two days of talks, posters and networking with improvers from twelve countries.",
                "Full programme to follow.", at(40, 9, 0), 8 * 60, "ExCeL London", null, null,
                List.of("patient safety", "health inequalities", "digital")));
        register(forum, 20, 15);

        String set = create(event("Action learning set: discharge", "action-learning-set",
                "A facilitated set of eight working on real discharge problems.",
                "Each member brings one problem; we work through two per meeting.", at(10, 14, 0), 120, null,
                "https://meet.qnet.example/als-discharge", 8, List.of("discharge", "patient flow")));
        register(set, 3, 5);

        create(event("Co-production with patient leaders", "webinar",
                "How three teams designed their changes with patients from the first PDSA cycle.",
                "With patient leaders from the Highland Patient Voices network.", at(21, 12, 30), 60, null,
                "https://meet.qnet.example/co-production", 200, List.of("co-production")));

        Map<String, Object> draft = event("Spring seminar on frailty", "seminar", "Planning in progress.", null,
                at(60, 13, 0), 60, null, "https://meet.qnet.example/frailty", 60, List.of("frailty"));
        draft.put("publish", false);
        api.post(eventsUrl + "/events", organiser, draft);
    }

    private String create(Map<String, Object> body) {
        return api.post(eventsUrl + "/events", organiser, body).get("id").asString();
    }

    /** Registers {@code count} demo members from the {@code first}, once events-service knows of them. */
    private void register(String event, int first, int count) {
        for (int i = first; i < first + count && i < memberTokens.size(); i++) {
            String token = memberTokens.get(i);
            Instant deadline = Instant.now().plus(PROJECTION_TIMEOUT);
            while (true) {
                try {
                    api.post(eventsUrl + "/events/" + event + "/registrations", token, Map.of());
                    break;
                } catch (IllegalStateException notYetKnown) {
                    if (Instant.now().isAfter(deadline)) {
                        throw notYetKnown;
                    }
                    LocalStack.pause();
                }
            }
        }
    }

    private LocalDateTime at(int daysFromNextMonday, int hour, int minute) {
        return nextMonday.plusDays(daysFromNextMonday).atTime(LocalTime.of(hour, minute));
    }

    private static Map<String, Object> event(String title, String kind, String summary, String description,
                                             LocalDateTime start, int minutes, String venue, String link,
                                             Integer capacity, List<String> topics) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        body.put("summary", summary);
        if (description != null) {
            body.put("description", description);
        }
        body.put("start", start.toString());
        body.put("end", start.plusMinutes(minutes).toString());
        body.put("timeZone", LONDON.getId());
        if (venue != null) {
            body.put("venue", venue);
        }
        if (link != null) {
            body.put("onlineLink", link);
        }
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        body.put("topics", new ArrayList<>(topics));
        body.put("publish", true);
        return body;
    }
}
