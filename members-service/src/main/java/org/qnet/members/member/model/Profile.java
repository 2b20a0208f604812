package org.qnet.members.member.model;

import java.util.List;
import java.util.Objects;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;

/** What a member tells the community about themself. Topics and skills are canonical labels. */
public record Profile(Profession profession, Region region, String organisation, List<String> topics,
                      List<String> skills, String bio, TrainingLevel trainingLevel, boolean openToMentoring,
                      Visibility visibility) {

    public static final int MAX_BIO_LENGTH = 2_000;
    public static final int MAX_ORGANISATION_LENGTH = 200;

    public Profile {
        Objects.requireNonNull(profession);
        Objects.requireNonNull(region);
        Objects.requireNonNull(trainingLevel);
        Objects.requireNonNull(visibility);
        topics = List.copyOf(topics);
        skills = List.copyOf(skills);
        bio = bio == null ? "" : bio;
        organisation = organisation == null ? "" : organisation;
    }

    /** A new member's profile, seeded from their nomination: listed, untrained until they say otherwise. */
    public static Profile seeded(Profession profession, Region region, String organisation, List<String> topics) {
        return new Profile(profession, region, organisation, topics, List.of(), "", TrainingLevel.NONE, false,
                Visibility.LISTED);
    }

    public boolean listed() {
        return visibility == Visibility.LISTED;
    }
}
