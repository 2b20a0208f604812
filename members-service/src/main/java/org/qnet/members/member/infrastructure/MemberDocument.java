package org.qnet.members.member.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.Profile;
import org.qnet.members.member.model.TrainingLevel;
import org.qnet.members.member.model.Visibility;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.platform.outbox.OutboxEvent;
import org.springframework.data.annotation.Id;

/**
 * How a member is stored in the {@value MemberStore#COLLECTION} collection. The directory reads the
 * same documents, through the field names below. {@code nameKey} is the name in lower case, for a
 * sort that does not depend on case; {@code searchText} is the name, bio and skills in lower case, the
 * one string the directory's free text is looked for in; {@code erased} marks a member who erased
 * their data.
 */
public record MemberDocument(@Id String id, String name, String nameKey, String searchText, String email, String profession,
                             String region, String organisation, List<String> topics, List<String> skills, String bio,
                             String trainingLevel, boolean openToMentoring, boolean listed, boolean erased,
                             Instant admittedAt, String nominationId, long version, List<OutboxEvent> outbox) {

    public static final String NAME = "name";
    public static final String NAME_KEY = "nameKey";
    public static final String PROFESSION = "profession";
    public static final String REGION = "region";
    public static final String TOPICS = "topics";
    public static final String SKILLS = "skills";
    public static final String BIO = "bio";
    public static final String SEARCH_TEXT = "searchText";
    public static final String OPEN_TO_MENTORING = "openToMentoring";
    public static final String LISTED = "listed";
    public static final String ERASED = "erased";

    static MemberDocument of(Member member, List<OutboxEvent> pending) {
        Profile p = member.profile();
        return new MemberDocument(member.id(), member.name(), member.name().toLowerCase(Locale.ROOT),
                searchText(member.name(), p), member.email(),
                p.profession().name(), p.region().name(), p.organisation(), p.topics(), p.skills(), p.bio(),
                p.trainingLevel().name(), p.openToMentoring(), p.listed(), false, member.admittedAt(),
                member.nominationId(), member.version(), pending);
    }

    static String searchText(String name, Profile profile) {
        return String.join("\n", name, profile.bio(), String.join("\n", profile.skills())).toLowerCase(Locale.ROOT);
    }

    public Member toMember() {
        return new Member(id, name, email,
                new Profile(Profession.valueOf(profession), Region.valueOf(region), organisation,
                        topics == null ? List.of() : topics, skills == null ? List.of() : skills, bio,
                        TrainingLevel.valueOf(trainingLevel), openToMentoring,
                        listed ? Visibility.LISTED : Visibility.HIDDEN),
                admittedAt, nominationId, version);
    }
}
