package org.qnet.identity;

import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which email belongs to which member, learnt from the members service's events, in the
 * {@value #COLLECTION} collection. An admitted person without an account here gets one: the email is
 * the username and the initial password is set at provisioning. Both writes are upserts keyed by the
 * email, so a replayed event changes nothing.
 */
public class Memberships {

    static final String COLLECTION = "memberships";

    private final MongoTemplate mongo;

    public Memberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A member's sign-in: their member id, and a password hash when the account was provisioned here. */
    record Membership(@Id String email, String memberId, String name, String passwordHash) {
    }

    /** Links the email to the member; {@code passwordHash} is kept from the first provisioning, if any. */
    void admit(String email, String memberId, String name, String passwordHash) {
        Update update = new Update().set("memberId", memberId).set("name", name);
        if (passwordHash != null) {
            update.setOnInsert("passwordHash", passwordHash);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(email)), update, COLLECTION);
    }

    void erase(String memberId) {
        mongo.remove(Query.query(Criteria.where("memberId").is(memberId)), COLLECTION);
    }

    Optional<Membership> ofEmail(String email) {
        return Optional.ofNullable(mongo.findById(email, Membership.class, COLLECTION));
    }
}
