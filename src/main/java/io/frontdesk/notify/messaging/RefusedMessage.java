package io.frontdesk.notify.messaging;

/** A message that can never be processed as sent (bad JSON, missing field, a rule refuses it): dead-lettered. */
public class RefusedMessage extends RuntimeException {

    public RefusedMessage(String reason) {
        super(reason);
    }
}
