package org.qnet.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.qnet.platform.messaging.BatchedEffects;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/** A minimal service on the platform, for testing its mechanisms on the real broker and store. */
@SpringBootApplication
class PlatformTestApplication {

    static final String DELIVERIES = "deliveries";
    /** Read in batch mode, with the deliveries of each batch written together at its end. */
    static final String BATCHED_TOPIC = "qnet.test.parcels.batched";
    /** A destination whose deliveries always fail, for testing retries and dead letters. */
    static final String NOWHERE = "Nowhere";

    /** Records every handled shipment as a new document: an effect that is not idempotent by itself. */
    @Bean
    Consumer<Message<byte[]>> parcelEvents(Inbox inbox, ReactiveMongoTemplate mongo) {
        return EventConsumer.named("platform-test", inbox)
                .on(ParcelShipped.TYPE, ParcelShipped.class, (envelope, parcel) -> mongo.insert(
                        new Document("parcelId", parcel.parcelId()).append("eventId", envelope.id()), DELIVERIES).then())
                .build();
    }

    @Bean
    Consumer<Message<List<byte[]>>> parcelBatches(Inbox inbox, ReactiveMongoTemplate mongo) {
        return EventConsumer.named("platform-test-batches", inbox)
                .on(ParcelShipped.TYPE, ParcelShipped.class, (envelope, parcel) -> NOWHERE.equals(parcel.destination())
                        ? Mono.error(new IllegalStateException("no route to " + NOWHERE))
                        : Mono.deferContextual(batch -> {
                            ShipmentsOfBatch.in(batch).add(new Document("parcelId", parcel.parcelId())
                                    .append("eventId", envelope.id()));
                            return Mono.empty();
                        }))
                .buildForBatches(new ShipmentsOfBatch(mongo));
    }

    /** Leaves each delivery to the end of its batch, where the batch's deliveries are one insert. */
    private record ShipmentsOfBatch(ReactiveMongoTemplate mongo) implements BatchedEffects {

        private static final String KEY = "shipments-of-batch";

        static List<Document> in(ContextView batch) {
            return batch.get(KEY);
        }

        @Override
        public Context open() {
            return Context.of(KEY, new ArrayList<Document>());
        }

        @Override
        public Mono<Void> complete(ContextView batch) {
            List<Document> shipments = in(batch);
            return shipments.isEmpty() ? Mono.empty() : mongo.insert(List.copyOf(shipments), DELIVERIES).then();
        }
    }
}
