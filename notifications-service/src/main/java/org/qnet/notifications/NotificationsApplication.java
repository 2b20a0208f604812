package org.qnet.notifications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Decides who must know about each domain event and tells them: inbox, live stream, email. */
@SpringBootApplication
public class NotificationsApplication {

    /**
     * Jakarta Mail 2.1 looks up its stream provider for every message and body part it builds, through
     * the ServiceLoader over every jar of the application unless this property names it (jakartaee/mail-api
     * #861): 15 % of this service's time in the benchmark's event path.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    public static void main(String[] args) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        SpringApplication.run(NotificationsApplication.class, args);
    }
}
