package org.qnet.projects.project.web;

import org.qnet.platform.security.CurrentUser;
import org.qnet.platform.security.Role;
import org.qnet.projects.project.model.Viewer;

/** The caller as a viewer of projects. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer of(CurrentUser caller) {
        return new Viewer(caller.subject(), caller.has(Role.MEMBER));
    }
}
