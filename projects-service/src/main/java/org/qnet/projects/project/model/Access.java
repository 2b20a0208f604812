package org.qnet.projects.project.model;

/**
 * What someone may do with a project, each level including the ones before: nothing (the project is
 * hidden from them, so it does not exist for them), read and follow, edit as the team, lead.
 */
public enum Access {
    NONE, READ, TEAM, LEAD;

    public boolean atLeast(Access needed) {
        return compareTo(needed) >= 0;
    }
}
