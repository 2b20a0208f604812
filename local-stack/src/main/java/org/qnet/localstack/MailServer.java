package org.qnet.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * A real SMTP server for the local stack (GreenMail), so qnet's emails are sent and can be read: each
 * recipient gets a mailbox on first mail, readable over IMAP with their address as user and password.
 */
final class MailServer {

    /**
     * Jakarta Mail 2.1 looks up its stream provider for every message and body part it parses, through
     * the ServiceLoader over every jar on the class path unless this property names it (jakartaee/mail-api
     * #861): a tenth of the local stack's own time on the benchmark's event path, one email per request.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private final GreenMail greenMail;

    MailServer(int smtpPort, int imapPort) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
        this.greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
    }

    void start() {
        greenMail.start();
    }

    void stop() {
        greenMail.stop();
    }
}
