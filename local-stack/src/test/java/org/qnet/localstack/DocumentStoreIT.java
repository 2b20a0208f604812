package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentStoreIT {

    @TempDir
    Path data;

    @Test
    void persistent_store_keeps_documents_across_a_restart() {
        Path file = data.resolve("qnet.mv");
        write(DocumentStore.persistent(file, 0), new Document("_id", "northfield").append("name", "Northfield NHS Trust"));

        try (DocumentStore reopened = DocumentStore.persistent(file, 0);
             var client = MongoClients.create(reopened.connectionString())) {
            Document found = client.getDatabase("members").getCollection("organisations").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Northfield NHS Trust");
        }
    }

    @Test
    void a_store_written_by_the_plain_h2_backend_opens_with_its_documents_and_indexes() {
        Path file = data.resolve("qnet.mv");
        MVStore pages = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer plain = new MongoServer(new H2Backend(pages));
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + plain.bind().getPort())) {
            MongoCollection<Document> emails = client.getDatabase("notifications").getCollection("emails");
            emails.createIndex(Indexes.ascending("status", "dueAt"));
            emails.insertMany(List.of(new Document("_id", 1).append("status", "PENDING").append("dueAt", 2),
                    new Document("_id", 2).append("status", "PENDING").append("dueAt", 1)));
        } finally {
            plain.shutdownNow();
            pages.close();
        }

        try (DocumentStore reopened = DocumentStore.persistent(file, 0);
             var client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> emails = client.getDatabase("notifications").getCollection("emails");
            assertThat(emails.find(Filters.eq("status", "PENDING")).sort(Sorts.ascending("dueAt"))
                    .map(d -> d.getInteger("_id")).into(new ArrayList<>())).containsExactly(2, 1);
        }
    }

    @Test
    void every_database_answers_the_hello_handshake_as_a_writable_primary() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            for (String database : List.of("admin", "members")) {
                Document hello = client.getDatabase(database).runCommand(new Document("hello", 1));

                assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
                assertThat(hello.getInteger("maxWireVersion")).isPositive();
                assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            }
        }
    }

    private static void write(DocumentStore store, Document document) {
        try (store; var client = MongoClients.create(store.connectionString())) {
            client.getDatabase("members").getCollection("organisations").insertOne(document);
        }
    }

    @Test
    void a_non_unique_index_finds_what_a_scan_finds_through_inserts_changes_and_deletes() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            var database = client.getDatabase("notifications");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexed.createIndex(Indexes.ascending("recipient", "position"));
            MongoCollection<Document> scanned = database.getCollection("scanned");

            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                writeAndChange(collection);
            }

            for (Bson query : List.of(Filters.eq("recipient", "ada"),
                    Filters.and(Filters.eq("recipient", "grace"), Filters.gt("position", 2)),
                    Filters.in("recipient", "ada", "grace", "nobody"),
                    Filters.eq("recipient", "erased"),
                    Filters.eq("recipient", null),
                    Filters.or(Filters.eq("recipient", "ada"), Filters.and(Filters.eq("recipient", "grace"),
                            Filters.lt("position", 2))),
                    Filters.or(Filters.eq("recipient", "ada"), Filters.gt("position", 2)),
                    Filters.eq("topics", "flow"))) {
                assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(ids(scanned, query));
                assertThat(indexed.countDocuments(query)).as("count " + query).isEqualTo(scanned.countDocuments(query))
                        .isEqualTo(ids(scanned, query).size());
            }
            List<Bson> lastPositions = List.of(Aggregates.match(Filters.in("recipient", "ada", "grace")),
                    Aggregates.group("$recipient", Accumulators.max("position", "$position")),
                    Aggregates.sort(Sorts.ascending("_id")));
            assertThat(indexed.aggregate(lastPositions).into(new ArrayList<>()))
                    .isEqualTo(scanned.aggregate(lastPositions).into(new ArrayList<>()))
                    .hasSize(2);
            assertThat(ids(indexed, Filters.eq("recipient", "ada"))).isNotEmpty();
        }
    }

    @Test
    void a_non_unique_index_finds_the_documents_that_have_its_key_as_a_scan_does() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            var database = client.getDatabase("members");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexed.createIndex(Indexes.ascending("outbox.eventId"), new IndexOptions().sparse(true));
            MongoCollection<Document> scanned = database.getCollection("scanned");
            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                collection.insertMany(List.of(
                        new Document("_id", 1).append("outbox", List.of(new Document("eventId", "e1"))),
                        new Document("_id", 2).append("outbox", List.of()),
                        new Document("_id", 3),
                        new Document("_id", 4).append("outbox", List.of(new Document("eventId", null))),
                        new Document("_id", 5).append("outbox", List.of(new Document("eventId", new Document("n", 1)))),
                        new Document("_id", 6).append("outbox", List.of(new Document("type", "untyped"))),
                        new Document("_id", 7).append("outbox", new Document("eventId", "e7"))));
                collection.updateOne(Filters.eq("_id", 1), Updates.pull("outbox", new Document("eventId", "e1")));
                collection.updateOne(Filters.eq("_id", 2), Updates.push("outbox", new Document("eventId", "e2")));
                collection.updateOne(Filters.eq("_id", 4), Updates.set("outbox", List.of()));
                collection.updateOne(Filters.eq("_id", 3), Updates.set("outbox", List.of(new Document("eventId", null))));
                collection.deleteOne(Filters.eq("_id", 7));
            }

            Bson pending = Filters.exists("outbox.eventId");
            assertThat(ids(indexed, pending)).isEqualTo(ids(scanned, pending)).containsExactly(2, 3, 5);
            Bson pendingUntyped = Filters.and(pending, Filters.exists("outbox.type"));
            assertThat(ids(indexed, pendingUntyped)).isEqualTo(ids(scanned, pendingUntyped));
            Bson absent = Filters.exists("outbox.eventId", false);
            assertThat(ids(indexed, absent)).isEqualTo(ids(scanned, absent)).contains(6);
        }
    }

    @Test
    void a_unique_key_asked_for_beside_other_fields_finds_what_a_scan_finds() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            var database = client.getDatabase("members");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexed.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true).sparse(true));
            MongoCollection<Document> scanned = database.getCollection("scanned");
            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                writeAndChange(collection);
                collection.findOneAndUpdate(new Document("_id", 5).append("recipient", "grace"), Updates.set("read", true));
                collection.findOneAndUpdate(new Document("_id", 6).append("recipient", "grace"), Updates.set("read", true));
            }

            for (Bson query : List.of(new Document("_id", 2).append("recipient", "ada"),
                    new Document("_id", 2).append("recipient", "grace"),
                    new Document("_id", new Document("$in", List.of(1, 2, 4))).append("recipient", "grace"),
                    new Document("position", 5).append("read", true),
                    new Document("position", 12).append("topics", "flow"),
                    new Document("position", null).append("recipient", "grace"),
                    new Document("_id", 4).append("recipient", new Document("$regex", "^gr")),
                    new Document("_id", new Document("$gt", 1)).append("read", true),
                    new Document("$or", List.of(new Document("position", 5), new Document("position", 12),
                            new Document("position", 3))),
                    new Document("$or", List.of(new Document("position", 5).append("recipient", "ada"),
                            new Document("position", 12).append("recipient", "ada"))),
                    new Document("$or", List.of(new Document("position", 4), new Document("recipient", "grace"))))) {
                assertThat(ids(indexed, query)).as(query.toString()).isEqualTo(ids(scanned, query));
            }
            assertThat(ids(indexed, new Document("_id", 5).append("read", true))).containsExactly(5);
            assertThat(ids(indexed, new Document("_id", 6).append("read", true))).isEmpty();
        }
    }

    @Test
    void a_lookup_into_the_collection_a_match_narrowed_still_sees_all_of_it() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            members.createIndex(Indexes.ascending("region"));
            members.insertMany(List.of(new Document("_id", "ada").append("region", "London").append("mentor", "grace"),
                    new Document("_id", "grace").append("region", "Wales")));

            Document ada = members.aggregate(List.of(Aggregates.match(Filters.eq("region", "London")),
                    Aggregates.lookup("members", "mentor", "_id", "mentors"))).first();

            assertThat(ada).isNotNull();
            assertThat(ada.getList("mentors", Document.class)).extracting(m -> m.getString("_id")).containsExactly("grace");
        }
    }

    @Test
    void an_aggregation_sorts_in_the_order_a_find_sorts_in_also_inside_a_facet() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            members.insertMany(List.of(
                    new Document("_id", 1).append("nameKey", "grace").append("region", "Wales"),
                    new Document("_id", 2).append("nameKey", "ada").append("region", "London"),
                    new Document("_id", 3).append("nameKey", "grace").append("region", "London"),
                    new Document("_id", 4).append("region", "Wales"),
                    new Document("_id", 5).append("nameKey", null).append("region", "Wales"),
                    new Document("_id", 6).append("nameKey", 42).append("region", "London"),
                    new Document("_id", 7).append("nameKey", List.of("zoe", "bea")).append("region", "Wales")));

            for (Bson order : List.of(Sorts.ascending("nameKey", "_id"), Sorts.descending("nameKey", "_id"),
                    Sorts.orderBy(Sorts.ascending("region"), Sorts.descending("_id")))) {
                List<Integer> found = members.find().sort(order).map(d -> d.getInteger("_id")).into(new ArrayList<>());
                List<Integer> aggregated = members.aggregate(List.of(Aggregates.sort(order)))
                        .map(d -> d.getInteger("_id")).into(new ArrayList<>());
                assertThat(aggregated).as(order.toString()).isEqualTo(found);
            }
            assertThat(members.aggregate(List.of(Aggregates.sort(Sorts.ascending("nameKey", "_id"))))
                    .map(d -> d.getInteger("_id")).into(new ArrayList<>())).containsExactly(4, 5, 6, 2, 7, 1, 3);

            Document page = members.aggregate(List.of(Aggregates.match(Filters.eq("region", "Wales")), Aggregates.facet(
                    new Facet("page", Aggregates.sort(Sorts.ascending("nameKey", "_id")), Aggregates.skip(1),
                            Aggregates.limit(2)),
                    new Facet("total", Aggregates.count())))).first();
            assertThat(page).isNotNull();
            assertThat(page.getList("page", Document.class)).extracting(d -> d.getInteger("_id")).containsExactly(5, 7);
            assertThat(page.getList("total", Document.class)).extracting(d -> d.getInteger("count")).containsExactly(4);
        }
    }

    @Test
    void an_aggregation_sorted_for_a_page_gives_that_page_of_the_whole_order_ties_in_the_order_they_came() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Document member = new Document("_id", i).append("region", i % 4 == 0 ? "Wales" : "London");
                if (i % 7 != 0) {
                    member.append("nameKey", i % 11 == 0 ? null : i % 13 == 0 ? i % 5 : "name-" + (i * 37) % 23);
                }
                many.add(member);
            }
            members.insertMany(many);

            for (Bson order : List.of(Sorts.ascending("nameKey"), Sorts.descending("nameKey", "_id"),
                    Sorts.orderBy(Sorts.ascending("region"), Sorts.descending("nameKey")))) {
                List<Integer> whole = members.aggregate(List.of(Aggregates.sort(order)))
                        .map(d -> d.getInteger("_id")).into(new ArrayList<>());
                assertThat(whole).hasSize(300);
                for (int[] page : new int[][] {{0, 1}, {0, 20}, {40, 20}, {290, 20}, {0, 300}, {0, 500}, {310, 5}}) {
                    int skip = page[0];
                    int limit = page[1];
                    List<Integer> expected = whole.subList(Math.min(skip, 300), Math.min(skip + limit, 300));
                    assertThat(members.aggregate(List.of(Aggregates.sort(order), Aggregates.skip(skip),
                                    Aggregates.limit(limit))).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                            .as("%s skip %d limit %d", order, skip, limit).isEqualTo(expected)
                            .isEqualTo(members.find().sort(order).skip(skip).limit(limit)
                                    .map(d -> d.getInteger("_id")).into(new ArrayList<>()));
                    Document faceted = members.aggregate(List.of(Aggregates.facet(new Facet("page",
                            Aggregates.sort(order), Aggregates.skip(skip), Aggregates.limit(limit))))).first();
                    assertThat(faceted).isNotNull();
                    assertThat(faceted.getList("page", Document.class)).extracting(d -> d.getInteger("_id"))
                            .as("inside a facet").isEqualTo(expected);
                }
                assertThat(members.aggregate(List.of(Aggregates.sort(order), Aggregates.limit(30), Aggregates.skip(10),
                                Aggregates.limit(15))).map(d -> d.getInteger("_id")).into(new ArrayList<>()))
                        .as("a limit, a skip and a limit again").isEqualTo(whole.subList(10, 25));
                assertThat(members.aggregate(List.of(Aggregates.sort(order), new Document("$skip", Long.MAX_VALUE),
                                new Document("$skip", Long.MAX_VALUE), Aggregates.limit(5))).into(new ArrayList<>()))
                        .as("skips past the largest count").isEmpty();
            }
        }
    }

    @Test
    void an_aggregation_unwinds_into_copies_of_their_own_beside_nested_fields() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            members.insertOne(new Document("_id", 1).append("topics", List.of("flow", "sepsis"))
                    .append("address", new Document("city", "Cardiff")).append("skills", List.of("coaching")));

            assertThat(members.aggregate(List.of(Aggregates.unwind("$topics"), Aggregates.unwind("$skills"),
                    Aggregates.sort(Sorts.ascending("topics")))).into(new ArrayList<>())).containsExactly(
                    new Document("_id", 1).append("topics", "flow").append("address", new Document("city", "Cardiff"))
                            .append("skills", "coaching"),
                    new Document("_id", 1).append("topics", "sepsis").append("address", new Document("city", "Cardiff"))
                            .append("skills", "coaching"));
        }
    }

    @Test
    void an_aggregation_groups_by_a_field_as_mongodb_does_missing_and_null_together_and_in_value_order() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            members.insertMany(List.of(
                    new Document("_id", 1).append("region", "Wales").append("visits", 2)
                            .append("address", new Document("city", "Cardiff")),
                    new Document("_id", 2).append("region", "London").append("visits", 3)
                            .append("address", new Document("city", "London")),
                    new Document("_id", 3).append("region", "Wales").append("visits", 5)
                            .append("address", new Document("city", "Cardiff")),
                    new Document("_id", 4).append("visits", 7),
                    new Document("_id", 5).append("region", null),
                    new Document("_id", 6).append("region", 42).append("visits", 1)));

            assertThat(members.aggregate(List.of(Aggregates.group("$region", Accumulators.sum("count", 1),
                    Accumulators.sum("visits", "$visits"), Accumulators.push("ids", "$_id")))).into(new ArrayList<>()))
                    .containsExactly(
                            new Document("_id", null).append("count", 2).append("visits", 7).append("ids", List.of(4, 5)),
                            new Document("_id", 42).append("count", 1).append("visits", 1).append("ids", List.of(6)),
                            new Document("_id", "London").append("count", 1).append("visits", 3).append("ids", List.of(2)),
                            new Document("_id", "Wales").append("count", 2).append("visits", 7).append("ids", List.of(1, 3)));
            assertThat(members.aggregate(List.of(Aggregates.group("$address.city", Accumulators.sum("count", 1))))
                    .into(new ArrayList<>()))
                    .as("a path below the top level")
                    .containsExactly(new Document("_id", null).append("count", 3),
                            new Document("_id", "Cardiff").append("count", 2),
                            new Document("_id", "London").append("count", 1));
            assertThat(members.aggregate(List.of(Aggregates.group(null, Accumulators.sum("count", 1),
                    Accumulators.max("most", "$visits")))).first())
                    .isEqualTo(new Document("_id", null).append("count", 6).append("most", 7));
        }
    }

    @Test
    void an_aggregation_projects_and_unwinds_top_level_fields_as_the_store_does_without_a_sort() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("members").getCollection("members");
            members.insertMany(List.of(
                    new Document("_id", 1).append("name", "ada").append("region", "London").append("topics", List.of("flow", "sepsis")),
                    new Document("_id", 2).append("name", "grace").append("topics", "flow"),
                    new Document("_id", 3).append("name", "alan").append("topics", List.of()),
                    new Document("_id", 4).append("name", "bea").append("topics", null),
                    new Document("_id", 5).append("name", "cy"),
                    new Document("_id", 6).append("topics", List.of(new Document("code", "sepsis")))));
            List<Bson> projectAndUnwind = List.of(Aggregates.project(new Document("topics", 1).append("name", true)),
                    Aggregates.unwind("$topics"));

            List<Document> storeOwn = members.aggregate(projectAndUnwind).into(new ArrayList<>());
            List<Bson> sorted = new ArrayList<>(projectAndUnwind);
            sorted.add(Aggregates.sort(Sorts.ascending("_id")));

            assertThat(members.aggregate(sorted).into(new ArrayList<>())).isEqualTo(storeOwn).containsExactly(
                    new Document("_id", 1).append("topics", "flow").append("name", "ada"),
                    new Document("_id", 1).append("topics", "sepsis").append("name", "ada"),
                    new Document("_id", 2).append("topics", "flow").append("name", "grace"),
                    new Document("_id", 6).append("topics", new Document("code", "sepsis")));
            assertThat(members.aggregate(List.of(Aggregates.project(new Document("_id", 0).append("topics", 1)),
                    Aggregates.unwind("$topics"), Aggregates.group("$topics", Accumulators.sum("count", 1)))).into(new ArrayList<>()))
                    .containsExactly(new Document("_id", "flow").append("count", 2),
                            new Document("_id", "sepsis").append("count", 1),
                            new Document("_id", new Document("code", "sepsis")).append("count", 1));
        }
    }

    @Test
    void a_non_unique_index_is_rebuilt_when_the_persistent_store_reopens() {
        Path file = data.resolve("qnet.mv");
        try (DocumentStore store = DocumentStore.persistent(file, 0); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notifications = client.getDatabase("notifications").getCollection("notifications");
            notifications.createIndex(Indexes.ascending("recipient", "position"));
            writeAndChange(notifications);
        }

        try (DocumentStore reopened = DocumentStore.persistent(file, 0);
             var client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> notifications = client.getDatabase("notifications").getCollection("notifications");
            assertThat(ids(notifications, Filters.eq("recipient", "grace"))).containsExactly(1, 4, 5);
            notifications.insertOne(new Document("_id", 9).append("recipient", "grace").append("position", 9));
            assertThat(ids(notifications, Filters.eq("recipient", "grace"))).containsExactly(1, 4, 5, 9);
        }
    }

    @Test
    void a_unique_index_refuses_a_duplicate_also_after_the_store_reopens() {
        Path file = data.resolve("qnet.mv");
        Document first = new Document("_id", 1).append("recipient", "ada").append("sourceEventId", "e1");
        Document again = new Document("_id", 2).append("recipient", "ada").append("sourceEventId", "e1");
        try (DocumentStore store = DocumentStore.persistent(file, 0); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> notifications = client.getDatabase("notifications").getCollection("notifications");
            notifications.createIndex(Indexes.ascending("recipient", "sourceEventId"), new IndexOptions().unique(true));
            notifications.insertOne(first);
            assertThatThrownBy(() -> notifications.insertOne(again)).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }

        try (DocumentStore reopened = DocumentStore.persistent(file, 0);
             var client = MongoClients.create(reopened.connectionString())) {
            MongoCollection<Document> notifications = client.getDatabase("notifications").getCollection("notifications");
            assertThatThrownBy(() -> notifications.insertOne(again)).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> notifications.insertOne(new Document("_id", 1))).isInstanceOf(MongoWriteException.class);
            notifications.updateOne(Filters.eq("_id", 1), Updates.set("sourceEventId", "e2"));
            notifications.insertOne(again);
            assertThat(ids(notifications, Filters.eq("recipient", "ada"))).containsExactly(1, 2);
        }
    }

    @Test
    void a_unique_index_refuses_a_duplicate_of_any_kind_of_value_and_keeps_what_it_holds() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("members").getCollection("people");
            people.createIndex(Indexes.ascending("handle"), new IndexOptions().unique(true));
            people.createIndex(Indexes.ascending("badge"), new IndexOptions().unique(true).sparse(true));
            people.createIndex(Indexes.ascending("profile.email"), new IndexOptions().unique(true).sparse(true));
            people.createIndex(Indexes.ascending("aliases"), new IndexOptions().unique(true).sparse(true));
            people.insertOne(new Document("_id", "ada").append("handle", "ada").append("badge", 7)
                    .append("profile", new Document("email", "ada@example.org")).append("aliases", List.of("countess", "enchantress")));
            people.insertOne(new Document("_id", "grace").append("handle", "grace"));
            people.insertOne(new Document("_id", "alan").append("handle", "alan"));

            List<Document> duplicates = List.of(
                    new Document("_id", "ada"),
                    new Document("_id", "a2").append("handle", "ada"),
                    new Document("_id", "a3").append("handle", "a3").append("badge", 7L),
                    new Document("_id", "a4").append("handle", "a4").append("badge", 7.0),
                    new Document("_id", "a5").append("handle", "a5").append("profile", new Document("email", "ada@example.org")),
                    new Document("_id", "a6").append("handle", "a6").append("aliases", List.of("lovelace", "countess")));
            for (Document duplicate : duplicates) {
                assertThatThrownBy(() -> people.insertOne(duplicate)).as(duplicate.toJson())
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            }
            assertThat(people.countDocuments()).isEqualTo(3);
            assertThat(people.find(Filters.eq("aliases", "lovelace")).first()).isNull();
            assertThat(people.find(Filters.eq("handle", "ada")).first()).containsEntry("badge", 7);
        }
    }

    @Test
    void a_sorted_query_read_in_index_order_finds_what_a_sorted_scan_finds() {
        try (DocumentStore store = DocumentStore.inMemory(); var client = MongoClients.create(store.connectionString())) {
            var database = client.getDatabase("notifications");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            indexed.createIndex(Indexes.ascending("status", "dueAt"));
            MongoCollection<Document> scanned = database.getCollection("scanned");
            for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
                queueAndSend(collection);
            }

            Bson dueOrAbandoned = Filters.or(Filters.and(Filters.eq("status", "PENDING"), Filters.lte("dueAt", 40)),
                    Filters.and(Filters.eq("status", "SENDING"), Filters.lte("claimedAt", 5)));
            for (Bson query : List.of(dueOrAbandoned, Filters.eq("status", "PENDING"), Filters.in("status", "SENT", "PENDING"),
                    Filters.eq("status", "nobody"), Filters.eq("status", "HELD"))) {
                for (Bson order : List.of(Sorts.ascending("dueAt"), Sorts.descending("dueAt"))) {
                    for (int limit : List.of(0, 1, 3)) {
                        String asked = query + " " + order + " limit " + limit;
                        assertThat(idsInOrder(indexed, query, order, 0, limit)).as(asked)
                                .isEqualTo(idsInOrder(scanned, query, order, 0, limit));
                        assertThat(idsInOrder(indexed, query, order, 2, limit)).as(asked + " skip 2")
                                .isEqualTo(idsInOrder(scanned, query, order, 2, limit));
                    }
                }
            }
            assertThat(idsInOrder(indexed, dueOrAbandoned, Sorts.ascending("dueAt"), 0, 4))
                    .as("oldest due first, the abandoned claim by its due date").containsExactly(11, 5, 1, 7);
        }
    }

    /**
     * Ends with PENDING due at 7 (11), 10 (5), 20 (1) and 50 (4), one without a due date (12); SENDING
     * due at 30, claimed at 2 (7) and at 9 (3); SENT due at 25 (2); HELD due at 8 and at [1, 2] (8, 9).
     */
    private static void queueAndSend(MongoCollection<Document> collection) {
        int[] dueAt = {20, 25, 30, 50, 60, 70, 30};
        for (int i = 1; i <= dueAt.length; i++) {
            collection.insertOne(new Document("_id", i).append("status", "PENDING").append("dueAt", dueAt[i - 1]));
        }
        collection.insertMany(List.of(new Document("_id", 8).append("status", "HELD").append("dueAt", 8),
                new Document("_id", 9).append("status", "HELD").append("dueAt", List.of(1, 2)),
                new Document("_id", 12).append("status", "PENDING")));
        collection.updateOne(Filters.eq("_id", 2), Updates.set("status", "SENT"));
        collection.updateOne(Filters.eq("_id", 3), Updates.combine(Updates.set("status", "SENDING"), Updates.set("claimedAt", 9)));
        collection.updateOne(Filters.eq("_id", 7), Updates.combine(Updates.set("status", "SENDING"), Updates.set("claimedAt", 2)));
        collection.updateOne(Filters.eq("_id", 5), Updates.set("dueAt", 10));
        collection.deleteOne(Filters.eq("_id", 6));
        collection.insertOne(new Document("_id", 11).append("status", "PENDING").append("dueAt", 7));
    }

    private static List<Integer> idsInOrder(MongoCollection<Document> collection, Bson query, Bson order, int skip, int limit) {
        return collection.find(query).sort(order).skip(skip).limit(limit).projection(new Document("_id", 1))
                .map(d -> d.getInteger("_id")).into(new ArrayList<>());
    }

    /** Ends with ada at 2 and 6, grace at 1, 4 and 5, nobody at 3 (moved to "erased" and deleted). */
    private static void writeAndChange(MongoCollection<Document> collection) {
        for (int i = 1; i <= 6; i++) {
            collection.insertOne(new Document("_id", i).append("recipient", i % 2 == 0 ? "ada" : "grace")
                    .append("position", i).append("topics", i % 3 == 0 ? List.of("flow", "sepsis") : List.of("sepsis")));
        }
        collection.insertOne(new Document("_id", 7).append("position", 7));
        collection.updateOne(Filters.eq("_id", 3), Updates.set("recipient", "erased"));
        collection.deleteMany(Filters.eq("recipient", "erased"));
        collection.updateOne(Filters.eq("_id", 4), Updates.set("recipient", "grace"));
        collection.updateMany(Filters.eq("recipient", "ada"), Updates.inc("position", 10));
        collection.deleteOne(Filters.eq("_id", 7));
        collection.insertOne(new Document("_id", 8).append("recipient", "ada").append("position", 8));
        collection.deleteOne(Filters.eq("_id", 8));
    }

    private static List<Integer> ids(MongoCollection<Document> collection, Bson query) {
        return collection.find(query).sort(Sorts.ascending("_id")).map(d -> d.getInteger("_id")).into(new ArrayList<>());
    }
}
