package org.qnet.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A community worth browsing, written through the services' own APIs by the demo accounts, as people
 * would: five nominating organisations, a closed pilot round and an open founding round with
 * nominations in every state, about thirty-five members across topics and regions with their profiles
 * filled in, and a few connections. The demo members Maya, Sam, Priya and Tom are among them.
 */
final class DemoData {

    private static final String PASSWORD = System.getenv().getOrDefault("QNET_DEMO_PASSWORD", "qnet-demo");
    private static final Duration ADMISSION_TIMEOUT = Duration.ofMinutes(2);

    private static final List<String> TOPICS = List.of("patient safety", "patient flow", "mental health",
            "primary care", "maternity", "medicines safety", "sepsis", "falls prevention", "pressure ulcers",
            "discharge", "outpatients", "frailty", "health inequalities", "staff wellbeing", "digital",
            "measurement for improvement", "co-production", "leadership for improvement");
    private static final List<String> SKILLS = List.of("run charts", "spc charts", "pdsa cycles", "facilitation",
            "process mapping", "co-design", "coaching", "data analysis", "human factors", "lean");
    private static final List<String> PROFESSIONS = List.of("nurse", "doctor", "manager", "allied-health-professional",
            "midwife", "pharmacist", "researcher", "patient-leader", "scientist", "policy-maker");
    private static final List<String> FIRST_NAMES = List.of("Grace", "Oliver", "Amara", "James", "Fatima", "Rhys",
            "Chloe", "Kwame", "Isla", "Daniel", "Aisha", "Callum", "Niamh", "Joseph", "Leah", "Arjun", "Eilidh",
            "Marcus", "Sofia", "Owen", "Hannah", "Tariq", "Megan", "Lewis", "Zara");
    private static final List<String> SURNAMES = List.of("Okafor", "Hughes", "Campbell", "Singh", "Murphy",
            "Williams", "Ahmed", "Thomas", "Kaur", "Robertson", "Davies", "Mensah", "Walsh", "Clarke", "Begum",
            "Fraser", "Jenkins", "Osei", "Morgan", "Bell");
    private static final List<String> TRAINING = List.of("none", "bronze", "silver", "gold");

    /** A nominating organisation and the demo nominator who acts for it. */
    private record Organisation(String name, String kind, String region, String nominator, String nominatorEmail) {
        String id() {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
    }

    /** A candidate; {@code login} is the username they sign in with once admitted. */
    private record Candidate(String name, String email, String login, String profession, String region,
                             List<String> topics) {
    }

    private static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("Northfield NHS Trust", "nhs-trust", "North West", "nora", "nora@northfield.example"),
            new Organisation("Westmoor Health Board", "health-board", "Wales", "nina", "nina@westmoor.example"),
            new Organisation("Riverside University", "university", "London", "noah", "noah@riverside.example"),
            new Organisation("Eastbrook Integrated Care Board", "commissioner", "East of England", "nell",
                    "nell@eastbrook.example"),
            new Organisation("Highland Patient Voices", "charity", "Scotland", "ned", "ned@highland.example"));

    /** The demo member accounts, admitted in the pilot and founding rounds from Northfield. */
    private static final List<Candidate> DEMO_MEMBERS = List.of(
            new Candidate("Maya Patel", "maya@qnet.example", "maya", "nurse", "North West",
                    List.of("patient safety", "sepsis", "measurement for improvement")),
            new Candidate("Sam Okafor", "sam@qnet.example", "sam", "doctor", "North West",
                    List.of("sepsis", "patient flow", "discharge")),
            new Candidate("Priya Shah", "priya@qnet.example", "priya", "pharmacist", "London",
                    List.of("medicines safety", "patient safety", "digital")),
            new Candidate("Tom Evans", "tom@qnet.example", "tom", "manager", "Wales",
                    List.of("frailty", "falls prevention", "leadership for improvement")));

    private final JsonApi api = new JsonApi();
    private final LocalStack stack;
    private final IssuerTokens tokens;
    private final List<Candidate> admitted = new ArrayList<>();

    private DemoData(LocalStack stack) {
        this.stack = stack;
        this.tokens = new IssuerTokens(stack.issuerUri());
    }

    /** Seeds the demo data into a stack whose data folder has none yet; the marker file says it has. */
    static void seedOnce(LocalStack stack, Path marker) {
        if (Files.exists(marker)) {
            return;
        }
        new DemoData(stack).seed();
        try {
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seed() {
        String admin = tokens.accessToken("ada", PASSWORD);
        String panel = tokens.accessToken("pat", PASSWORD);
        ORGANISATIONS.forEach(org -> api.post(members("/organisations"), admin, Map.of("name", org.name(),
                "kind", org.kind(), "region", org.region(),
                "nominators", List.of(Map.of("subject", org.nominator(), "email", org.nominatorEmail())))));

        Instant now = Instant.now();
        String pilot = api.post(members("/rounds"), admin, Map.of("name", "Q pilot cohort",
                "opensAt", now.minus(Duration.ofDays(1)).toString(), "closesAt", now.plus(Duration.ofDays(1)).toString(),
                "quota", 3)).get("id").asString();
        String founding = api.post(members("/rounds"), admin, Map.of("name", "Q founding cohort",
                "opensAt", now.minus(Duration.ofDays(7)).toString(), "closesAt", now.plus(Duration.ofDays(60)).toString(),
                "quota", 10)).get("id").asString();

        for (int o = 0; o < ORGANISATIONS.size(); o++) {
            Organisation org = ORGANISATIONS.get(o);
            String nominator = tokens.accessToken(org.nominator(), PASSWORD);
            List<Candidate> candidates = candidatesOf(o, org);
            for (int c = 0; c < candidates.size(); c++) {
                Candidate candidate = candidates.get(c);
                String nomination = nominate(nominator, c < 2 ? pilot : founding, candidate);
                // The first seven of each organisation are admitted; then one declined, one withdrawn, one left to decide.
                if (c < 7) {
                    decide(panel, nomination, "admit", "Sustained improvement work and a clear wish to share it.");
                    admitted.add(candidate);
                } else if (c == 7) {
                    decide(panel, nomination, "decline", "Encouraged to apply again after a year of project work.");
                } else if (c == 8) {
                    api.post(members("/nominations/" + nomination + "/withdraw"), nominator, Map.of());
                }
            }
        }
        api.post(members("/rounds/" + pilot + "/close"), admin, Map.of());

        Map<String, String> memberTokens = awaitMembers();
        fillProfiles(memberTokens);
        Map<String, String> demoMemberIds = new LinkedHashMap<>();
        DEMO_MEMBERS.forEach(member -> demoMemberIds.put(member.login(),
                api.get(members("/members/me"), memberTokens.get(member.login())).get("id").asString()));
        connect(memberTokens, demoMemberIds);
        new ProjectDemoData(api, stack.url("projects"), memberTokens, demoMemberIds).seed();
        new EventDemoData(api, stack.url("events"), tokens.accessToken("olu", PASSWORD),
                List.copyOf(memberTokens.values())).seed();
    }

    private List<Candidate> candidatesOf(int o, Organisation org) {
        return IntStream.range(0, 10).mapToObj(c -> {
            if (o == 0 && c < DEMO_MEMBERS.size()) {
                return DEMO_MEMBERS.get(c);
            }
            int i = o * 10 + c;
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = SURNAMES.get((i * 7 + o) % SURNAMES.size());
            String email = (first + "." + last + i).toLowerCase(Locale.ROOT) + "@" + org.id() + ".example";
            List<String> topics = List.of(TOPICS.get(i % TOPICS.size()), TOPICS.get((i * 5 + 3) % TOPICS.size()),
                    TOPICS.get((i * 11 + 7) % TOPICS.size())).stream().distinct().toList();
            String region = c % 3 == 2 ? ORGANISATIONS.get((o + 1) % ORGANISATIONS.size()).region() : org.region();
            return new Candidate(first + " " + last, email, email, PROFESSIONS.get(i % PROFESSIONS.size()), region,
                    topics);
        }).toList();
    }

    private String nominate(String nominator, String round, Candidate candidate) {
        return api.post(members("/nominations"), nominator, Map.of("roundId", round,
                "candidate", Map.of("name", candidate.name(), "email", candidate.email(),
                        "profession", candidate.profession(), "region", candidate.region(),
                        "topics", candidate.topics()),
                "statement", candidate.name() + " has led improvement work on " + String.join(" and ",
                        candidate.topics()) + ", with run charts the whole team reads, and brings others along."))
                .get("id").asString();
    }

    private void decide(String panel, String nomination, String outcome, String reason) {
        api.post(members("/nominations/" + nomination + "/decision"), panel, Map.of("outcome", outcome,
                "reason", reason));
    }

    /**
     * Waits until every admitted candidate can sign in as the member the admission created: the member
     * is made from the published decision and the issuer links the sign-in from the published
     * admission, both a moment after the panel decided.
     */
    private Map<String, String> awaitMembers() {
        Instant deadline = Instant.now().plus(ADMISSION_TIMEOUT);
        Map<String, String> memberTokens = new LinkedHashMap<>();
        for (Candidate candidate : admitted) {
            while (!memberTokens.containsKey(candidate.login())) {
                try {
                    String token = tokens.accessToken(candidate.login(), PASSWORD);
                    if (api.status(members("/members/me"), token) == 200) {
                        memberTokens.put(candidate.login(), token);
                        continue;
                    }
                } catch (IllegalStateException notYetProvisioned) {
                    // The issuer has not learnt of the admission yet.
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("demo member " + candidate.login() + " was not admitted in time");
                }
                LocalStack.pause();
            }
        }
        return memberTokens;
    }

    private void fillProfiles(Map<String, String> memberTokens) {
        for (int i = 0; i < admitted.size(); i++) {
            Candidate member = admitted.get(i);
            api.patch(members("/members/me"), memberTokens.get(member.login()), Map.of(
                    "bio", "Works on " + String.join(", ", member.topics()) + " in " + member.region()
                            + ". Happy to share what worked and what did not.",
                    "skills", List.of(SKILLS.get(i % SKILLS.size()), SKILLS.get((i * 3 + 1) % SKILLS.size())),
                    "trainingLevel", TRAINING.get(i % TRAINING.size()),
                    "openToMentoring", i % 3 == 0,
                    "visibility", i % 17 == 16 ? "hidden" : "listed"));
        }
    }

    private void connect(Map<String, String> memberTokens, Map<String, String> memberIds) {
        String maya = memberTokens.get("maya");
        String sam = memberTokens.get("sam");
        String samId = memberIds.get("sam");
        String mayaId = memberIds.get("maya");
        String priyaId = memberIds.get("priya");
        String request = api.post(members("/connections"), maya, Map.of("peerId", samId)).get("id").asString();
        api.post(members("/connections/" + request + "/accept"), sam, Map.of());
        api.post(members("/connections"), memberTokens.get("priya"), Map.of("peerId", mayaId));
        api.post(members("/connections"), memberTokens.get("tom"), Map.of("peerId", samId));
        api.post(members("/connections"), sam, Map.of("peerId", priyaId));
    }

    private String members(String path) {
        return stack.url("members") + path;
    }
}
