package org.qnet.projects.project.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shared improvement project: what it is, where it is in its life, its lead and team, the members
 * who asked to join and those who follow it. Team changes are decided here and saved only if nobody
 * changed the project since it was read ({@code version}).
 */
public record Project(String id, ProjectDescription description, ProjectStatus status, String leadId,
                      List<TeamMember> team, List<JoinRequest> joinRequests, Set<String> followers,
                      Instant createdAt, long version) {

    public Project {
        team = List.copyOf(team);
        joinRequests = List.copyOf(joinRequests);
        followers = Set.copyOf(followers);
    }

    public static Project start(String id, ProjectDescription description, ProjectStatus status, String leadId,
                                Instant now) {
        return new Project(id, description, status, leadId, List.of(new TeamMember(leadId, now)), List.of(), Set.of(),
                now, 0);
    }

    public Access accessFor(Viewer viewer) {
        if (viewer.id().equals(leadId)) {
            return Access.LEAD;
        }
        if (isOnTeam(viewer.id())) {
            return Access.TEAM;
        }
        boolean visible = switch (description.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> viewer.member();
            case TEAM -> false;
        };
        return visible ? Access.READ : Access.NONE;
    }

    public boolean isOnTeam(String memberId) {
        return team.stream().anyMatch(member -> member.memberId().equals(memberId));
    }

    public boolean isFollowedBy(String memberId) {
        return followers.contains(memberId);
    }

    public Optional<JoinRequest> requestFrom(String memberId) {
        return joinRequests.stream().filter(request -> request.memberId().equals(memberId)).findFirst();
    }

    public Project describedAs(ProjectDescription changed) {
        return new Project(id, changed, status, leadId, team, joinRequests, followers, createdAt, version);
    }

    public Project movedTo(ProjectStatus next) {
        return new Project(id, description, next, leadId, team, joinRequests, followers, createdAt, version);
    }

    /** Asks to join; refused for someone already on the team or already waiting. */
    public TeamChange askToJoin(String memberId, String message, Instant now) {
        if (isOnTeam(memberId)) {
            return new TeamChange.Refused("You are already on this project's team.");
        }
        if (requestFrom(memberId).isPresent()) {
            return new TeamChange.Refused("You have already asked to join; the lead has not answered yet.");
        }
        List<JoinRequest> requests = new ArrayList<>(joinRequests);
        requests.add(new JoinRequest(memberId, message, now));
        return new TeamChange.Changed(withTeam(team, requests, leadId));
    }

    public TeamChange accept(String memberId, Instant now) {
        if (requestFrom(memberId).isEmpty()) {
            return new TeamChange.Missing();
        }
        List<TeamMember> members = new ArrayList<>(team);
        members.add(new TeamMember(memberId, now));
        return new TeamChange.Changed(withTeam(members, without(memberId), leadId));
    }

    public TeamChange decline(String memberId) {
        if (requestFrom(memberId).isEmpty()) {
            return new TeamChange.Missing();
        }
        return new TeamChange.Changed(withTeam(team, without(memberId), leadId));
    }

    /** Takes someone off the team; the lead hands over the lead before leaving. */
    public TeamChange removeFromTeam(String memberId) {
        if (!isOnTeam(memberId)) {
            return new TeamChange.Missing();
        }
        if (memberId.equals(leadId)) {
            return new TeamChange.Refused("The lead cannot leave the team; hand over the lead first.");
        }
        List<TeamMember> members = team.stream().filter(member -> !member.memberId().equals(memberId)).toList();
        return new TeamChange.Changed(withTeam(members, joinRequests, leadId));
    }

    public TeamChange handOverLeadTo(String memberId) {
        if (memberId.equals(leadId)) {
            return new TeamChange.Refused("You already lead this project.");
        }
        if (!isOnTeam(memberId)) {
            return new TeamChange.Refused("The lead passes to someone on the team; " + memberId + " is not.");
        }
        return new TeamChange.Changed(withTeam(team, joinRequests, memberId));
    }

    /**
     * Forgets a member who erased their data: off the team, the requests and the followers. A lead
     * who leaves that way hands the lead to the longest-serving team member, if there is one.
     */
    public Project forget(String memberId) {
        List<TeamMember> members = team.stream().filter(member -> !member.memberId().equals(memberId)).toList();
        String lead = memberId.equals(leadId)
                ? members.stream().findFirst().map(TeamMember::memberId).orElse(null)
                : leadId;
        Set<String> following = new HashSet<>(followers);
        following.remove(memberId);
        return new Project(id, description, status, lead, members, without(memberId), following, createdAt, version);
    }

    private List<JoinRequest> without(String memberId) {
        return joinRequests.stream().filter(request -> !request.memberId().equals(memberId)).toList();
    }

    private Project withTeam(List<TeamMember> members, List<JoinRequest> requests, String lead) {
        return new Project(id, description, status, lead, members, requests, followers, createdAt, version);
    }

    /** The outcome of a team change: the changed project, or why not. */
    public sealed interface TeamChange {
        record Changed(Project project) implements TeamChange {
        }

        record Refused(String reason) implements TeamChange {
        }

        record Missing() implements TeamChange {
        }
    }
}
