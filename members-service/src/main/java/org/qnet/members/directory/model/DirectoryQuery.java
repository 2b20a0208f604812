package org.qnet.members.directory.model;

import java.util.List;
import java.util.Optional;
import org.qnet.members.reference.Profession;
import org.qnet.members.reference.Region;
import org.qnet.members.reference.Topics;

/**
 * What someone looks for in the directory: free text over name, bio and skills, and exact filters.
 * A member matches every topic asked for; topics and skill are compared in their canonical form.
 */
public record DirectoryQuery(Optional<String> text, List<String> topics, Optional<Region> region,
                             Optional<Profession> profession, Optional<String> skill, Optional<Boolean> openToMentoring) {

    public static final int MAX_TEXT_LENGTH = 200;

    public DirectoryQuery {
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        topics = topics.stream().map(Topics::canonical).filter(t -> !t.isEmpty()).distinct().toList();
        skill = skill.map(Topics::canonical).filter(s -> !s.isEmpty());
    }
}
