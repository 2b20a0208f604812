package org.qnet.notifications.delivery.model;

import org.qnet.notifications.inbox.model.Notification;

/**
 * A notification as an email, in plain text and HTML. The HTML is built from escaped text only, so
 * nothing a member typed becomes markup in someone's mail client.
 */
public record Email(String to, String subject, String text, String html) {

    public static Email of(Notification notification, String to, String baseUrl) {
        String link = baseUrl + notification.link();
        String text = notification.body() + "\n\n" + link + "\n\n-- \nqnet: change what you are sent at "
                + baseUrl + "/notification-preferences\n";
        String html = "<!doctype html><html><body style=\"font-family:sans-serif\">"
                + "<h1 style=\"font-size:18px\">" + escape(notification.title()) + "</h1>"
                + "<p>" + escape(notification.body()) + "</p>"
                + "<p><a href=\"" + escape(link) + "\">Open in qnet</a></p>"
                + "<p style=\"color:#666;font-size:12px\">Change what you are sent in your notification preferences.</p>"
                + "</body></html>";
        return new Email(to, notification.title(), text, html);
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
