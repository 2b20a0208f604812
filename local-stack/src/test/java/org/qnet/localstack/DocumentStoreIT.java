package org.qnet.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
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

    private static void write(DocumentStore store, Document document) {
        try (store; var client = MongoClients.create(store.connectionString())) {
            client.getDatabase("members").getCollection("organisations").insertOne(document);
        }
    }
}
