package org.qnet.platform;

import java.util.function.Consumer;
import org.bson.Document;
import org.qnet.platform.messaging.EventConsumer;
import org.qnet.platform.messaging.Inbox;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;

/** A minimal service on the platform, for testing its mechanisms on the real broker and store. */
@SpringBootApplication
class PlatformTestApplication {

    static final String DELIVERIES = "deliveries";

    /** Records every handled shipment as a new document: an effect that is not idempotent by itself. */
    @Bean
    Consumer<Message<byte[]>> parcelEvents(Inbox inbox, ReactiveMongoTemplate mongo) {
        return EventConsumer.named("platform-test", inbox)
                .on(ParcelShipped.TYPE, ParcelShipped.class, (envelope, parcel) -> mongo.insert(
                        new Document("parcelId", parcel.parcelId()).append("eventId", envelope.id()), DELIVERIES).then())
                .build();
    }
}
