package org.qnet.projects.project.model;

/** Who looks at a project: their member id, and whether they are a member of the community. */
public record Viewer(String id, boolean member) {
}
