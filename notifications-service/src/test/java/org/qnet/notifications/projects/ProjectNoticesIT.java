package org.qnet.notifications.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qnet.contracts.Topics;
import org.qnet.contracts.members.MemberAdmitted;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.contracts.projects.ProjectCreated;
import org.qnet.contracts.projects.ProjectFollowed;
import org.qnet.contracts.projects.TeamMemberJoined;
import org.qnet.notifications.NotificationsIntegrationTest;

/** qnet.projects events reach the lead, the team and the followers, once. */
class ProjectNoticesIT extends NotificationsIntegrationTest {

    @Test
    void follows_joins_signals_and_completed_cycles_reach_who_they_concern() {
        String lead = someone();
        String teamMember = someone();
        String follower = someone();
        String bystander = someone();
        publishTwice(Topics.MEMBERS, new MemberAdmitted(teamMember, "Tom Evans", "t@example.org", "manager", "Wales",
                "org", List.of(), Instant.now()));
        publishTwice(Topics.MEMBERS, new MemberAdmitted(follower, "Priya Shah", "p@example.org", "pharmacist", "London",
                "org", List.of(), Instant.now()));
        assertInboxEventually(teamMember, "Welcome to the community, Tom Evans");
        assertInboxEventually(follower, "Welcome to the community, Priya Shah");
        String project = someone();
        Instant now = Instant.now();
        publishTwice(Topics.PROJECTS, new ProjectCreated(project, "Falls on ward 7", "Fewer falls", List.of(), null,
                "members", "active", lead, now));
        publishTwice(Topics.PROJECTS, new TeamMemberJoined(project, teamMember, "member", now));
        publishTwice(Topics.PROJECTS, new ProjectFollowed(project, follower, lead, now));
        assertInboxEventually(lead, "Tom Evans joined Falls on ward 7", "Priya Shah follows Falls on ward 7");

        String cycle = someone();
        publishTwice(Topics.PROJECTS, new ImprovementSignalDetected("shift:improvement:2026-05-04", project,
                "Falls on ward 7", someone(), "Falls with harm", "shift", "improvement",
                List.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 8)), cycle, "Falls huddle", now));
        publishTwice(Topics.PROJECTS, new PdsaCycleCompleted(project, cycle, "Falls huddle", "adopt",
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 6, 26), now));

        assertInboxEventually(lead, "Tom Evans joined Falls on ward 7", "Priya Shah follows Falls on ward 7",
                "Falls with harm: shift (improvement)", "PDSA cycle completed: Falls huddle");
        assertInboxEventually(teamMember, "Welcome to the community, Tom Evans", "Falls with harm: shift (improvement)",
                "PDSA cycle completed: Falls huddle");
        assertInboxEventually(follower, "Welcome to the community, Priya Shah", "Falls with harm: shift (improvement)",
                "PDSA cycle completed: Falls huddle");
        assertInboxStays(bystander);
    }
}
