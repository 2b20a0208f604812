package org.qnet.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qnet.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.aggregation.Aggregation;

class PageWithTotalTest {

    private final PageWithTotal thirdPageOfTen = new PageWithTotal(Sort.by("name", "_id"), new Paging(2, 10));

    @Test
    void page_facet_sorts_then_skips_the_pages_before_then_limits_then_shapes() {
        Document stage = thirdPageOfTen.facets(Aggregation.project().andExclude("secret"))
                .toDocument(Aggregation.DEFAULT_CONTEXT);

        assertThat(stage.get("$facet", Document.class).getList("page", Document.class)).containsExactly(
                new Document("$sort", new Document("name", 1).append("_id", 1)),
                new Document("$skip", 20L),
                new Document("$limit", 10L),
                new Document("$project", new Document("secret", 0)));
    }

    @Test
    void total_facet_counts_everything_that_matched() {
        Document stage = thirdPageOfTen.facets().toDocument(Aggregation.DEFAULT_CONTEXT);

        assertThat(stage.get("$facet", Document.class).getList("total", Document.class))
                .containsExactly(new Document("$count", "count"));
    }

    @Test
    void reads_the_page_and_the_total_back_from_the_result() {
        Document found = new Document("page", List.of(new Document("_id", "a"), new Document("_id", "b")))
                .append("total", List.of(new Document("count", 22)));

        assertThat(PageWithTotal.page(found)).extracting(d -> d.get("_id")).containsExactly("a", "b");
        assertThat(PageWithTotal.total(found)).isEqualTo(22);
    }

    @Test
    void nothing_matched_is_a_total_of_zero() {
        Document found = new Document("page", List.of()).append("total", List.of());

        assertThat(PageWithTotal.total(found)).isZero();
    }
}
