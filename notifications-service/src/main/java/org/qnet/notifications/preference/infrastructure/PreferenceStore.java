package org.qnet.notifications.preference.infrastructure;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.qnet.notifications.preference.model.EmailChoice;
import org.qnet.notifications.preference.model.Preferences;
import org.qnet.notifications.preference.model.Topic;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Members' notification preferences, one document each; a member without one has the defaults. */
@Repository
public class PreferenceStore {

    public static final String COLLECTION = "preferences";

    private final ReactiveMongoTemplate mongo;

    PreferenceStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Preferences> of(String memberId) {
        return mongo.findById(memberId, Document.class, COLLECTION).map(PreferenceStore::toPreferences)
                .defaultIfEmpty(Preferences.defaults());
    }

    /** Preferences of many members in one query, defaults for those who set none. */
    public Mono<Map<String, Preferences>> ofAll(Collection<String> memberIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(memberIds)), Document.class, COLLECTION)
                .collectMap(d -> d.getString("_id"), PreferenceStore::toPreferences);
    }

    public Mono<Preferences> save(String memberId, Preferences preferences) {
        Document choices = new Document();
        preferences.choices().forEach((topic, choice) -> choices.append(topic.code(),
                new Document("inbox", choice.inbox()).append("email", choice.email().code())));
        Document document = new Document("_id", memberId).append("choices", choices)
                .append("digest", preferences.digest().code());
        return mongo.save(document, COLLECTION).thenReturn(preferences);
    }

    public Mono<Void> forget(String memberId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(memberId)), COLLECTION).then();
    }

    private static Preferences toPreferences(Document d) {
        Document stored = d.get("choices", Document.class);
        Map<Topic, Preferences.Choice> choices = new EnumMap<>(Topic.class);
        if (stored != null) {
            stored.forEach((code, value) -> Topic.fromCode(code).ifPresent(topic -> {
                Document choice = (Document) value;
                choices.put(topic, new Preferences.Choice(choice.getBoolean("inbox", true),
                        EmailChoice.fromCode(choice.getString("email")).orElse(EmailChoice.IMMEDIATE)));
            }));
        }
        String digest = d.getString("digest");
        return new Preferences(choices, "weekly".equals(digest) ? Preferences.DigestFrequency.WEEKLY
                : Preferences.DigestFrequency.DAILY);
    }

}
