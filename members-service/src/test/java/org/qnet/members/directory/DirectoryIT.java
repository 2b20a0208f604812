package org.qnet.members.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qnet.testinfra.Callers.as;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qnet.members.MembersIntegrationTest;
import org.qnet.members.member.MemberSeeds;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The directory against a brute-force reading of the same seeded members: every query's page, total
 * and facet counts must equal what counting the seed by hand gives. Every query carries this seed's
 * own topic (topics combine with "and"), so that members other tests create do not count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryIT extends MembersIntegrationTest {

    private static final List<String> TOPICS = List.of("patient safety", "sepsis", "maternity", "frailty",
            "mental health", "digital", "falls prevention", "discharge");

    @Autowired
    MemberStore store;

    private final String seedTopic = "seed " + UUID.randomUUID().toString().substring(0, 8);
    private List<Seeded> seeded;

    /** A seeded member as the brute force sees them. */
    record Seeded(String id, String name, String region, String profession, List<String> topics, List<String> skills,
                  String bio, boolean mentoring, boolean listed) {
    }

    @BeforeAll
    void seed() {
        MemberSeeds seeds = new MemberSeeds(store);
        Region[] regions = {Region.LONDON, Region.NORTH_WEST, Region.WALES, Region.SCOTLAND};
        Profession[] professions = {Profession.NURSE, Profession.DOCTOR, Profession.MANAGER};
        seeded = IntStream.range(0, 36).mapToObj(i -> {
            List<String> topics = List.of(seedTopic, TOPICS.get(i % TOPICS.size()), TOPICS.get((i * 3 + 1) % TOPICS.size()))
                    .stream().distinct().toList();
            String name = (i % 5 == 0 ? "quality " : "") + "Member " + (char) ('A' + i % 26) + i;
            Member member = seeds.admit(name, regions[i % regions.length], professions[i % professions.length], topics);
            List<String> skills = i % 4 == 0 ? List.of("spc charts") : List.of("facilitation");
            String bio = i % 7 == 0 ? "Writes regex like .* and {\"$ne\":\"\"} in QUALITY reports" : "Improver";
            boolean mentoring = i % 3 == 0;
            boolean listed = i % 9 != 4;
            as(http, member.id(), "MEMBER").patch().uri("/members/me").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("skills", skills, "bio", bio, "openToMentoring", mentoring,
                            "visibility", listed ? "listed" : "hidden"))
                    .exchange().expectStatus().isOk();
            return new Seeded(member.id(), name, regions[i % regions.length].displayName(),
                    professions[i % professions.length].code(), topics, skills, bio, mentoring, listed);
        }).toList();
    }

    @Test
    void facet_counts_and_pages_equal_a_brute_force_count_over_the_seed() {
        check(Map.of(), s -> true);
        check(Map.of("region", "London"), s -> s.region().equals("London"));
        check(Map.of("profession", "nurse", "mentoring", "true"), s -> s.profession().equals("nurse") && s.mentoring());
        check(Map.of("q", "quality"), s -> containsIgnoringCase(s, "quality"));
        check(Map.of("skill", "SPC Charts"), s -> s.skills().contains("spc charts"));
        check(Map.of("topic", "sepsis"), s -> s.topics().contains("sepsis"));
    }

    @Test
    void hidden_members_are_never_listed() {
        JsonNode page = search(Map.of("size", "100"));
        List<String> ids = ids(page);
        seeded.stream().filter(s -> !s.listed()).forEach(hidden -> assertThat(ids).doesNotContain(hidden.id()));
        assertThat(page.get("total").asLong()).isEqualTo(seeded.stream().filter(Seeded::listed).count());
    }

    @Test
    void user_text_is_matched_literally_never_as_an_operator_or_a_pattern() {
        assertThat(ids(search(Map.of("q", ".*")))).containsExactlyElementsOf(expected(s -> containsIgnoringCase(s, ".*")));
        assertThat(ids(search(Map.of("q", "{\"$ne\":\"\"}"))))
                .containsExactlyElementsOf(expected(s -> containsIgnoringCase(s, "{\"$ne\":\"\"}")))
                .isNotEmpty();
        assertThat(search(Map.of("q", "(a+)+$")).get("total").asLong()).isZero();
        assertThat(search(Map.of("q", "[")).get("total").asLong()).isZero();
    }

    @Test
    void the_page_size_is_capped_at_one_hundred_and_the_order_is_stable() {
        JsonNode page = search(Map.of("size", "1000"));
        assertThat(page.get("size").asInt()).isEqualTo(100);

        JsonNode first = search(Map.of("size", "10", "page", "0"));
        JsonNode second = search(Map.of("size", "10", "page", "1"));
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
        assertThat(ids(first)).containsExactlyElementsOf(expected(s -> true).subList(0, 10));
        assertThat(ids(second)).containsExactlyElementsOf(expected(s -> true).subList(10, 20));
    }

    @Test
    void bad_parameters_are_400() {
        as(http, "someone", "MEMBER").get().uri("/members?region=Atlantis").exchange().expectStatus().isBadRequest();
        as(http, "someone", "MEMBER").get().uri("/members?profession=astronaut").exchange().expectStatus().isBadRequest();
        as(http, "someone", "MEMBER").get().uri("/members?page=-1").exchange().expectStatus().isBadRequest();
        as(http, "someone", "MEMBER").get().uri("/members?mentoring=perhaps").exchange().expectStatus().isBadRequest();
        http.get().uri("/members").exchange().expectStatus().isUnauthorized();
    }

    private void check(Map<String, String> filters, Predicate<Seeded> matching) {
        var params = new TreeMap<>(filters);
        params.put("size", "100");
        JsonNode page = search(params);
        List<Seeded> expected = seeded.stream().filter(Seeded::listed).filter(matching).toList();

        assertThat(page.get("total").asLong()).as("total for %s", filters).isEqualTo(expected.size());
        assertThat(ids(page)).as("members for %s", filters).containsExactlyElementsOf(expected(matching));
        assertThat(facet(page, "topic")).as("topic facet for %s", filters)
                .isEqualTo(count(expected.stream().flatMap(s -> s.topics().stream()).toList()));
        assertThat(facet(page, "region")).as("region facet for %s", filters)
                .isEqualTo(count(expected.stream().map(Seeded::region).toList()));
        assertThat(facet(page, "profession")).as("profession facet for %s", filters)
                .isEqualTo(count(expected.stream().map(Seeded::profession).toList()));
    }

    private List<String> expected(Predicate<Seeded> matching) {
        return seeded.stream().filter(Seeded::listed).filter(matching)
                .sorted(Comparator.comparing((Seeded s) -> s.name().toLowerCase()).thenComparing(Seeded::id))
                .map(Seeded::id).toList();
    }

    private static boolean containsIgnoringCase(Seeded s, String text) {
        String t = text.toLowerCase();
        return s.name().toLowerCase().contains(t) || s.bio().toLowerCase().contains(t)
                || s.skills().stream().anyMatch(skill -> skill.contains(t));
    }

    private static Map<String, Long> count(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        return StreamSupport.stream(page.get("facets").get(name).spliterator(), false)
                .collect(Collectors.toMap(v -> v.get("value").asString(), v -> v.get("count").asLong(), Long::sum,
                        TreeMap::new));
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(m -> m.get("id").asString()).toList();
    }

    private JsonNode search(Map<String, String> filters) {
        var uri = UriComponentsBuilder.fromPath("/members").queryParam("topic", seedTopic);
        filters.forEach(uri::queryParam);
        return as(http, "someone", "MEMBER").get().uri(uri.build().encode().toUri()).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
