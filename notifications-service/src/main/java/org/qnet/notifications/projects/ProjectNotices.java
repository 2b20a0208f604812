package org.qnet.notifications.projects;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.qnet.contracts.projects.ImprovementSignalDetected;
import org.qnet.contracts.projects.PdsaCycleCompleted;
import org.qnet.notifications.inbox.model.Category;
import org.qnet.notifications.inbox.model.Notification;

/** What a project's team and followers are told. */
final class ProjectNotices {

    private ProjectNotices() {
    }

    static Notification followed(String leadId, String projectId, String projectTitle, String followerName,
                                 String eventId, Instant now) {
        return Notification.unread(leadId, Category.PROJECT, followerName + " follows " + projectTitle,
                "They will hear of the signals your data show and the PDSA cycles you complete.",
                "/projects/" + projectId, eventId, now);
    }

    static List<Notification> joined(Collection<String> team, String joinerId, String joinerName, String projectId,
                                     String projectTitle, String eventId, Instant now) {
        return team.stream().filter(member -> !member.equals(joinerId))
                .map(member -> Notification.unread(member, Category.PROJECT, joinerName + " joined " + projectTitle,
                        "Your team has a new member.", "/projects/" + projectId, eventId, now))
                .toList();
    }

    /** Says which rule fired on which measure, which way, and after which PDSA cycle. */
    static List<Notification> signal(Collection<String> recipients, ImprovementSignalDetected signal, String eventId,
                                     Instant now) {
        String rule = signal.rule().replace('-', ' ');
        String periods = signal.periods().get(0) + (signal.periods().size() > 1
                ? " to " + signal.periods().get(signal.periods().size() - 1) : "");
        String after = signal.pdsaCycleTitle() == null ? "" : " It follows the PDSA cycle \"" + signal.pdsaCycleTitle() + "\".";
        return recipients.stream().map(member -> Notification.unread(member, Category.PROJECT,
                signal.measureName() + ": " + rule + " (" + signal.direction() + ")",
                "The " + rule + " rule fired on " + signal.measureName() + " in " + signal.projectTitle() + ", over "
                        + periods + "." + after,
                "/projects/" + signal.projectId() + "/measures/" + signal.measureId() + "/analysis", eventId, now))
                .toList();
    }

    static List<Notification> cycleCompleted(Collection<String> recipients, String projectTitle,
                                             PdsaCycleCompleted completed, String eventId, Instant now) {
        return recipients.stream().map(member -> Notification.unread(member, Category.PROJECT,
                "PDSA cycle completed: " + completed.title(),
                "The team of " + projectTitle + " decided to " + completed.decision() + " the change on "
                        + completed.completedOn() + ".",
                "/projects/" + completed.projectId() + "/cycles/" + completed.cycleId(), eventId, now)).toList();
    }
}
