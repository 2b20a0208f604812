package org.qnet.members.directory.infrastructure;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.bson.Document;
import org.qnet.members.directory.model.DirectoryQuery;
import org.qnet.members.member.infrastructure.MemberDocument;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.mongo.LiteralText;
import org.qnet.platform.mongo.PageWithTotal;
import org.qnet.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The directory over the members collection: listed members matching a query, a page at a time in a
 * stable order (name, then id), with facet counts over everything that matched. The page, the total and the
 * counts come from one aggregation: the members are matched once and the database counts them, so a large
 * directory is neither scanned five times nor carried into the service to be counted. The topic counts
 * unwind each member's topics alone rather than a copy of the whole member per topic.
 */
@Repository
public class DirectorySearch {

    private static final String COUNT = "count";
    private static final String TOPIC_COUNTS = "topics";
    private static final String REGION_COUNTS = "regions";
    private static final String PROFESSION_COUNTS = "professions";

    private final ReactiveMongoTemplate mongo;

    DirectorySearch(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<DirectoryPage> search(DirectoryQuery query, Paging paging) {
        Aggregation oneScan = newAggregation(match(criteria(query)),
                new PageWithTotal(Sort.by(MemberDocument.NAME_KEY, "_id"), paging).facets()
                        .and(project(MemberDocument.TOPICS), unwind(MemberDocument.TOPICS),
                                group(MemberDocument.TOPICS).count().as(COUNT)).as(TOPIC_COUNTS)
                        .and(group(MemberDocument.REGION).count().as(COUNT)).as(REGION_COUNTS)
                        .and(group(MemberDocument.PROFESSION).count().as(COUNT)).as(PROFESSION_COUNTS));
        return Mono.from(mongo.aggregate(oneScan, MemberStore.COLLECTION, Document.class))
                .map(found -> new DirectoryPage(
                        PageWithTotal.page(found).stream()
                                .map(member -> mongo.getConverter().read(MemberDocument.class, member).toMember())
                                .toList(),
                        PageWithTotal.total(found),
                        paging,
                        new DirectoryPage.Facets(
                                counts(found, TOPIC_COUNTS, Function.identity()),
                                counts(found, REGION_COUNTS, code -> Region.valueOf(code).displayName()),
                                counts(found, PROFESSION_COUNTS, code -> Profession.valueOf(code).code()))));
    }

    private static Criteria criteria(DirectoryQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(MemberStore.listed());
        query.text().ifPresent(text -> all.add(Criteria.where(MemberDocument.SEARCH_TEXT)
                .regex(LiteralText.asPattern(text.toLowerCase(Locale.ROOT)))));
        if (!query.topics().isEmpty()) {
            all.add(Criteria.where(MemberDocument.TOPICS).all(query.topics()));
        }
        query.region().ifPresent(region -> all.add(Criteria.where(MemberDocument.REGION).is(region.name())));
        query.profession().ifPresent(p -> all.add(Criteria.where(MemberDocument.PROFESSION).is(p.name())));
        query.skill().ifPresent(skill -> all.add(Criteria.where(MemberDocument.SKILLS).is(skill)));
        query.openToMentoring().ifPresent(open -> all.add(Criteria.where(MemberDocument.OPEN_TO_MENTORING).is(open)));
        return new Criteria().andOperator(all);
    }

    private static List<DirectoryPage.FacetValue> counts(Document found, String facet, Function<String, String> label) {
        return found.getList(facet, Document.class).stream()
                .map(bucket -> new DirectoryPage.FacetValue(label.apply(bucket.getString("_id")),
                        ((Number) bucket.get(COUNT)).longValue()))
                .sorted(Comparator.comparingLong(DirectoryPage.FacetValue::count).reversed()
                        .thenComparing(DirectoryPage.FacetValue::value))
                .toList();
    }

    /** One page of the directory and the facet counts over all that matched. */
    public record DirectoryPage(List<Member> members, long total, Paging paging, Facets facets) {

        public record Facets(List<FacetValue> topic, List<FacetValue> region, List<FacetValue> profession) {
        }

        public record FacetValue(String value, long count) {
        }
    }
}
