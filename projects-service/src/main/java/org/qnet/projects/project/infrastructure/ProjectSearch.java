package org.qnet.projects.project.infrastructure;

import java.util.List;
import java.util.Optional;
import org.qnet.projects.project.model.ProjectStatus;

/** What a browse asks for: literal text in title, aim or topics, topics all present, a status, a team member. */
public record ProjectSearch(Optional<String> text, List<String> topics, Optional<ProjectStatus> status,
                            Optional<String> memberId) {

    public ProjectSearch {
        topics = List.copyOf(topics);
    }
}
