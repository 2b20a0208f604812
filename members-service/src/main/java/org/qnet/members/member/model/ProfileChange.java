package org.qnet.members.member.model;

import java.util.List;
import java.util.Optional;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.members.reference.Topics;

/**
 * The fields a member asked to change; an absent field stays as it is. Only the fields listed here can
 * change through the profile: the name, email and admission are not the member's to edit.
 */
public record ProfileChange(Optional<String> bio, Optional<List<String>> topics, Optional<List<String>> skills,
                            Optional<Profession> profession, Optional<Region> region, Optional<String> organisation,
                            Optional<TrainingLevel> trainingLevel, Optional<Boolean> openToMentoring,
                            Optional<Visibility> visibility) {

    /** The profile with the change applied, or the field the change gets wrong. */
    public Result applyTo(Profile profile) {
        String newBio = bio.map(String::strip).orElse(profile.bio());
        if (newBio.length() > Profile.MAX_BIO_LENGTH) {
            return new Result.Refused("bio", "must be at most " + Profile.MAX_BIO_LENGTH + " characters");
        }
        String newOrganisation = organisation.map(String::strip).orElse(profile.organisation());
        if (newOrganisation.length() > Profile.MAX_ORGANISATION_LENGTH) {
            return new Result.Refused("organisation", "must be at most " + Profile.MAX_ORGANISATION_LENGTH + " characters");
        }
        Topics.Labels newTopics = Topics.of(topics.orElse(profile.topics()));
        if (newTopics.refusal().isPresent()) {
            return new Result.Refused("topics", newTopics.refusal().get());
        }
        Topics.Labels newSkills = Topics.of(skills.orElse(profile.skills()));
        if (newSkills.refusal().isPresent()) {
            return new Result.Refused("skills", newSkills.refusal().get());
        }
        return new Result.Changed(new Profile(
                profession.orElse(profile.profession()),
                region.orElse(profile.region()),
                newOrganisation,
                newTopics.values(),
                newSkills.values(),
                newBio,
                trainingLevel.orElse(profile.trainingLevel()),
                openToMentoring.orElse(profile.openToMentoring()),
                visibility.orElse(profile.visibility())));
    }

    /** A changed profile, or the reason it could not change. */
    public sealed interface Result {
        record Changed(Profile profile) implements Result {
        }

        record Refused(String field, String reason) implements Result {
        }
    }
}
