package org.qnet.localstack;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * Demo improvement projects: a year of weekly data on each measure, some showing the signals a real
 * change makes after a PDSA cycle, some only noise, so the charts are worth looking at. The noise is
 * seeded, so every fresh stack shows the same charts.
 */
final class ProjectDemoData {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofMinutes(2);
    private static final int WEEKS = 52;

    private final JsonApi api;
    private final String projectsUrl;
    private final Map<String, String> tokens;
    private final Map<String, String> memberIds;
    private final LocalDate firstWeek = LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS);
    private final Random noise = new Random(20_260_105L);

    /** Acts as the demo members, by login: their access tokens and member ids. */
    ProjectDemoData(JsonApi api, String projectsUrl, Map<String, String> tokens, Map<String, String> memberIds) {
        this.api = api;
        this.projectsUrl = projectsUrl;
        this.tokens = tokens;
        this.memberIds = memberIds;
    }

    void seed() {
        falls();
        sepsis();
        medicinesReconciliation();
        dischargeBeforeNoon();
    }

    /** A shift after the falls huddle was adopted; a second cycle still running. */
    private void falls() {
        String project = share("tom", "Reducing falls with harm on older people's wards",
                "Reduce falls with harm on wards 7 and 8 by 30% within a year.",
                List.of("falls prevention", "frailty", "patient safety"), "members", "active");
        join(project, "tom", "maya");
        follow(project, "sam");
        follow(project, "priya");
        String falls = measure("tom", project, Map.of("name", "Falls with harm per 1,000 bed days",
                "definition", "Falls resulting in any harm, recorded in the incident system, per 1,000 occupied bed days, by week.",
                "unit", "per 1,000 bed days", "kind", "outcome", "improvement", "decrease", "chartType", "run",
                "goal", 5.0, "baselinePoints", 16));
        String huddle = cycle("tom", project, "Falls huddle at every handover",
                "A five-minute huddle at each handover naming the patients at highest risk of falling.",
                "Falls with harm fall by a third within eight weeks.", List.of(falls), 20);
        stages("tom", project, huddle, 20, 26, 28, "adopt");
        cycle("maya", project, "Bed and chair sensor alarms on ward 8",
                "Sensor alarms for patients who must not get up unaided.",
                "Unwitnessed falls on ward 8 halve.", List.of(falls), 40);
        record("tom", project, falls, week -> week < 24 ? gaussian(8.2, 1.3) : gaussian(5.6, 1.0));
    }

    /** An outlier, then a sustained fall in minutes to antibiotics after the sepsis trolley. */
    private void sepsis() {
        String project = share("sam", "Sepsis: antibiotics within the hour",
                "Every adult with red-flag sepsis gets antibiotics within 60 minutes of arrival by next winter.",
                List.of("sepsis", "patient safety", "patient flow"), "members", "active");
        join(project, "sam", "maya");
        follow(project, "tom");
        String minutes = measure("sam", project, Map.of("name", "Minutes from arrival to antibiotics",
                "definition", "Median minutes from arrival to first antibiotic dose for red-flag sepsis, by week.",
                "unit", "minutes", "kind", "process", "improvement", "decrease", "chartType", "xmr", "goal", 60.0,
                "baselinePoints", 20));
        String screened = measure("sam", project, Map.of("name", "Screened for sepsis on arrival",
                "definition", "Adults screened with the sepsis tool within 15 minutes of arrival, of all adult arrivals.",
                "kind", "process", "improvement", "increase", "chartType", "p", "baselinePoints", 16));
        String trolley = cycle("sam", project, "Sepsis trolley in resus",
                "A stocked trolley with the sepsis six in resus, checked every shift.",
                "Minutes to antibiotics fall below 75 within six weeks.", List.of(minutes, screened), 28);
        stages("sam", project, trolley, 28, 34, 36, "adopt");
        record("sam", project, minutes, week -> week == 12 ? 141 : week < 30 ? gaussian(95, 6) : gaussian(71, 5));
        recordProportions("sam", project, screened, week -> week < 30 ? 0.56 : 0.66);
    }

    /** Common-cause variation only: nothing to react to. */
    private void medicinesReconciliation() {
        String project = share("priya", "Medicines reconciliation within 24 hours",
                "Medicines reconciled by a pharmacist within 24 hours of admission for 90% of patients.",
                List.of("medicines safety", "patient safety"), "public", "sustaining");
        follow(project, "maya");
        String reconciled = measure("priya", project, Map.of("name", "Reconciled within 24 hours",
                "definition", "Admissions with medicines reconciled by a pharmacist within 24 hours, of all admissions.",
                "kind", "process", "improvement", "increase", "chartType", "p"));
        recordProportions("priya", project, reconciled, week -> 0.86);
    }

    /** Early days: an idea with a few months of baseline data. */
    private void dischargeBeforeNoon() {
        String project = share("maya", "Discharge before noon",
                "Half of discharges from the medical wards before noon by the spring.",
                List.of("discharge", "patient flow"), "members", "idea");
        String beforeNoon = measure("maya", project, Map.of("name", "Discharges before noon",
                "definition", "Percentage of discharges from the medical wards completed before 12:00, by week.",
                "unit", "%", "kind", "process", "improvement", "increase", "chartType", "run"));
        record("maya", project, beforeNoon, week -> week < WEEKS - 20 ? Double.NaN : gaussian(21, 3));
    }

    /** Shares a project once projects-service has heard of its lead on {@code qnet.members}. */
    private String share(String lead, String title, String aim, List<String> topics, String visibility, String status) {
        Instant deadline = Instant.now().plus(PROJECTION_TIMEOUT);
        while (true) {
            try {
                return api.post(projectsUrl + "/projects", tokens.get(lead), Map.of("title", title, "aim", aim,
                        "topics", topics, "visibility", visibility, "status", status)).get("id").asString();
            } catch (IllegalStateException notYetKnown) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYetKnown;
                }
                LocalStack.pause();
            }
        }
    }

    private void join(String project, String lead, String member) {
        api.post(projectsUrl + "/projects/" + project + "/join-requests", tokens.get(member),
                Map.of("message", "I would like to help with the data and the PDSA cycles."));
        api.post(projectsUrl + "/projects/" + project + "/join-requests/" + memberIds.get(member) + "/accept",
                tokens.get(lead),
                Map.of());
    }

    private void follow(String project, String member) {
        api.put(projectsUrl + "/projects/" + project + "/follow", tokens.get(member), Map.of());
    }

    private String measure(String member, String project, Map<String, Object> definition) {
        return api.post(projectsUrl + "/projects/" + project + "/measures", tokens.get(member), definition)
                .get("id").asString();
    }

    private String cycle(String member, String project, String title, String change, String prediction,
                         List<String> measureIds, int startWeek) {
        return api.post(projectsUrl + "/projects/" + project + "/cycles", tokens.get(member), Map.of("title", title,
                "change", change, "prediction", prediction, "measureIds", measureIds,
                "startsOn", week(startWeek).toString())).get("id").asString();
    }

    private void stages(String member, String project, String cycle, int doWeek, int studyWeek, int actWeek,
                        String decision) {
        String url = projectsUrl + "/projects/" + project + "/cycles/" + cycle;
        api.post(url + "/do", tokens.get(member), Map.of("on", week(doWeek).toString(),
                "notes", "Tested on one ward first, then on both."));
        api.post(url + "/study", tokens.get(member), Map.of("on", week(studyWeek).toString(),
                "notes", "The run chart moved the way we predicted; staff found it easy to keep up."));
        api.post(url + "/act", tokens.get(member), Map.of("on", week(actWeek).toString(), "decision", decision,
                "notes", "Adopted as standard work and written into the ward routine."));
    }

    /** Records a year of weekly values; weeks given as NaN have no data yet. */
    private void record(String member, String project, String measure, IntToDoubleFunction valueOfWeek) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            double value = valueOfWeek.applyAsDouble(week);
            if (!Double.isNaN(value)) {
                points.add(Map.of("period", week(week).toString(), "value", Math.round(value * 10) / 10.0));
            }
        }
        api.put(projectsUrl + "/projects/" + project + "/measures/" + measure + "/data", tokens.get(member),
                Map.of("points", points));
    }

    /** Records a year of weekly proportions around the given rate, with denominators that vary. */
    private void recordProportions(String member, String project, String measure, IntToDoubleFunction rateOfWeek) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            long denominator = 70 + noise.nextInt(60);
            long numerator = 0;
            double rate = rateOfWeek.applyAsDouble(week);
            for (int patient = 0; patient < denominator; patient++) {
                numerator += noise.nextDouble() < rate ? 1 : 0;
            }
            points.add(Map.of("period", week(week).toString(), "numerator", numerator, "denominator", denominator));
        }
        api.put(projectsUrl + "/projects/" + project + "/measures/" + measure + "/data", tokens.get(member),
                Map.of("points", points));
    }

    private double gaussian(double mean, double sd) {
        return mean + noise.nextGaussian() * sd;
    }

    private LocalDate week(int week) {
        return firstWeek.plusWeeks(week);
    }
}
