package org.qnet.members.member;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.members.member.infrastructure.MemberStore;
import org.qnet.members.member.model.Member;
import org.qnet.members.member.model.Profile;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;

/** Admits members straight into the store, as an admission does, for tests about what members do next. */
public final class MemberSeeds {

    private final MemberStore store;

    public MemberSeeds(MemberStore store) {
        this.store = store;
    }

    public Member admit(String name, Region region, Profession profession, List<String> topics) {
        String id = "member-" + UUID.randomUUID();
        Member member = new Member(id, name, id + "@example.org",
                Profile.seeded(profession, region, "Northfield NHS Trust", topics), Instant.now(), null, 0);
        store.admit(member, new MemberAdmitted(id, name, member.email(), profession.code(), region.displayName(),
                "northfield-nhs-trust", topics, member.admittedAt())).block();
        return member;
    }

    public Member admit(String name) {
        return admit(name, Region.LONDON, Profession.NURSE, List.of("patient safety"));
    }
}
