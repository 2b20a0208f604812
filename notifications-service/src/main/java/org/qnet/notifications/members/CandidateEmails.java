package org.qnet.notifications.members;

import org.qnet.contracts.members.NominationDecided;
import org.qnet.contracts.members.NominationSubmitted;
import org.qnet.notifications.delivery.model.Email;

/**
 * What a candidate, not yet a member and so without an inbox, is told by email: that they were put
 * forward, and the panel's decision, with how to sign in when admitted.
 */
final class CandidateEmails {

    private CandidateEmails() {
    }

    static Email nominated(NominationSubmitted submitted) {
        String text = "Dear " + submitted.candidate().name() + ",\n\nYour organisation has nominated you to join the "
                + "Q community of people improving health and care. A selection panel will consider the nomination "
                + "and we will write to you with its decision.\n";
        return new Email(submitted.candidate().email(), "You have been nominated to join the Q community", text,
                html(text));
    }

    static Email decided(NominationDecided decided, String signInUrl) {
        boolean admitted = "admitted".equals(decided.outcome());
        String text = "Dear " + decided.candidate().name() + ",\n\n" + (admitted
                ? "The panel admitted you to the Q community. Sign in at " + signInUrl + " with this email address.\n"
                : "The panel did not admit you this time. Its reason: " + decided.reason() + "\n\nYou are welcome to be "
                        + "nominated again in a later round.\n");
        return new Email(decided.candidate().email(), admitted ? "Welcome to the Q community"
                : "Your nomination to the Q community", text, html(text));
    }

    private static String html(String text) {
        return "<!doctype html><html><body style=\"font-family:sans-serif\"><p>"
                + Email.escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>";
    }
}
