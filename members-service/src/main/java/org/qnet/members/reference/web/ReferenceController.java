package org.qnet.members.reference.web;

import java.util.Arrays;
import java.util.List;
import org.qnet.members.member.model.TrainingLevel;
import org.qnet.members.organisation.model.OrganisationKind;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.members.reference.Topics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reference lists forms offer (DOMAIN.md), so that clients never carry a copy that can drift. */
@RestController
class ReferenceController {

    record ReferenceLists(List<String> professions, List<String> regions, List<String> trainingLevels,
                          List<String> organisationKinds, int maxTopics, int maxTopicLength) {
    }

    private static final ReferenceLists LISTS = new ReferenceLists(
            Arrays.stream(Profession.values()).map(Profession::code).toList(),
            Arrays.stream(Region.values()).map(Region::displayName).toList(),
            Arrays.stream(TrainingLevel.values()).map(TrainingLevel::code).toList(),
            Arrays.stream(OrganisationKind.values()).map(OrganisationKind::code).toList(),
            Topics.MAX_LABELS, Topics.MAX_LABEL_LENGTH);

    @GetMapping("/reference")
    ReferenceLists lists() {
        return LISTS;
    }
}
