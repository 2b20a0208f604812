package org.qnet.platform.messaging;

/**
 * A record that can never be processed, however often it is retried: not a CloudEvent, or data that
 * does not read as its type. It goes to the dead-letter topic at once.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
