package org.qnet.platform.mongo;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.count;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.facet;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.qnet.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.FacetOperation;

/**
 * A page of the documents that matched and how many matched in all, as two facets of one aggregation
 * stage: the database matches the documents once, cuts the page in one facet and counts them all in the
 * other, so a page costs one round trip where a query and a count took two. A search that wants more
 * from the same match (counts by value, say) adds its own facets to the stage.
 */
public record PageWithTotal(Sort order, Paging paging) {

    private static final String PAGE = "page";
    private static final String TOTAL = "total";
    private static final String COUNT = "count";

    /** The facet stage: the page in order, then shaped by {@code shaping}, and the total. */
    public FacetOperation facets(AggregationOperation... shaping) {
        List<AggregationOperation> page = new ArrayList<>(List.of(sort(order), skip(paging.offset()),
                limit(paging.size())));
        page.addAll(List.of(shaping));
        return facet(page.toArray(AggregationOperation[]::new)).as(PAGE).and(count().as(COUNT)).as(TOTAL);
    }

    /** The page's documents, in order, from the aggregation's one result. */
    public static List<Document> page(Document found) {
        return found.getList(PAGE, Document.class);
    }

    /** How many matched in all; the total facet is empty rather than zero when nothing matched. */
    public static long total(Document found) {
        return found.getList(TOTAL, Document.class).stream()
                .mapToLong(total -> ((Number) total.get(COUNT)).longValue())
                .sum();
    }
}
