package org.qnet.events.calendar.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.qnet.platform.mongo.CollectionIndexes;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The secret of each member's calendar subscription. Calendar apps cannot send a bearer token, so
 * the feed URL carries a secret; only its SHA-256 is stored, so a copy of the database does not hand
 * out anyone's feed. Rotating replaces the secret, and the old URL stops working at once.
 */
@Repository
public class CalendarFeeds {

    public static final String COLLECTION = "calendar_feeds";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final ReactiveMongoTemplate mongo;

    CalendarFeeds(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static CollectionIndexes indexes() {
        return new CollectionIndexes(COLLECTION,
                new Index().on("secretHash", Sort.Direction.ASC).unique().named("feed_secret"));
    }

    /** A new secret for the member, replacing any earlier one; returned once, never stored. */
    public Mono<String> rotate(String memberId, Instant now) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return mongo.upsert(Query.query(Criteria.where("_id").is(memberId)),
                new Update().set("secretHash", hash(secret)).set("rotatedAt", now), COLLECTION).thenReturn(secret);
    }

    public Mono<Boolean> exists(String memberId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(memberId)), COLLECTION);
    }

    /** Whose feed a secret opens. */
    public Mono<String> memberOf(String secret) {
        return mongo.findOne(Query.query(Criteria.where("secretHash").is(hash(secret))), org.bson.Document.class,
                COLLECTION).map(feed -> feed.getString("_id"));
    }

    public Mono<Void> revoke(String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION).then();
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
        }
    }
}
