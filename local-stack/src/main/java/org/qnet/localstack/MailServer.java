package org.qnet.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server for the local stack (GreenMail), so qnet's emails are sent and can be read: each
 * recipient gets a mailbox on first mail, readable over IMAP with their address as user and password.
 */
final class MailServer {

    private final GreenMail greenMail;

    MailServer(int smtpPort, int imapPort) {
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
