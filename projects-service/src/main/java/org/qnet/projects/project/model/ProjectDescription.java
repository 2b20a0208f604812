package org.qnet.projects.project.model;

import java.util.List;

/** What the team says a project is: title, aim statement, topics, organisation and visibility. */
public record ProjectDescription(String title, String aim, List<String> topics, String organisation,
                                 Visibility visibility) {

    public ProjectDescription {
        topics = List.copyOf(topics);
    }
}
