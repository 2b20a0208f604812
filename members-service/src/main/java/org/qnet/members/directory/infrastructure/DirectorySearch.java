package org.qnet.members.directory.infrastructure;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.bson.Document;
import org.qnet.members.directory.model.DirectoryQuery;
import org.qnet.platform.mongo.LiteralText;
import org.qnet.members.member.infrastructure.MemberDocument;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The directory over the members collection: listed members matching a query, a page at a time in a
 * stable order (name, then id), with facet counts over everything that matched. The counts are
 * aggregations in the database, so a large directory is not carried into the service to be counted.
 */
@Repository
public class DirectorySearch {

    private final ReactiveMongoTemplate mongo;

    DirectorySearch(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<DirectoryPage> search(DirectoryQuery query, Paging paging) {
        Criteria matching = criteria(query);
        Query page = Query.query(matching)
                .with(Sort.by(MemberDocument.NAME_KEY, "_id"))
                .skip(paging.offset())
                .limit(paging.size());
        return Mono.zip(
                mongo.find(page, MemberDocument.class, MemberStore.COLLECTION).map(MemberDocument::toMember).collectList(),
                mongo.count(Query.query(criteria(query)), MemberStore.COLLECTION),
                facet(matching, MemberDocument.TOPICS, true, Function.identity()),
                facet(matching, MemberDocument.REGION, false, code -> Region.valueOf(code).displayName()),
                facet(matching, MemberDocument.PROFESSION, false, code -> Profession.valueOf(code).code())
        ).map(found -> new DirectoryPage(found.getT1(), found.getT2(), paging,
                new DirectoryPage.Facets(found.getT3(), found.getT4(), found.getT5())));
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

    private Mono<List<DirectoryPage.FacetValue>> facet(Criteria matching, String field, boolean array,
                                                       Function<String, String> label) {
        Aggregation counting = array
                ? newAggregation(match(matching), unwind(field), group(field).count().as("count"))
                : newAggregation(match(matching), group(field).count().as("count"));
        return Flux.from(mongo.aggregate(counting, MemberStore.COLLECTION, Document.class))
                .map(bucket -> new DirectoryPage.FacetValue(label.apply(bucket.getString("_id")),
                        ((Number) bucket.get("count")).longValue()))
                .collectSortedList(Comparator.comparingLong(DirectoryPage.FacetValue::count).reversed()
                        .thenComparing(DirectoryPage.FacetValue::value));
    }

    /** One page of the directory and the facet counts over all that matched. */
    public record DirectoryPage(List<Member> members, long total, Paging paging, Facets facets) {

        public record Facets(List<FacetValue> topic, List<FacetValue> region, List<FacetValue> profession) {
        }

        public record FacetValue(String value, long count) {
        }
    }
}
