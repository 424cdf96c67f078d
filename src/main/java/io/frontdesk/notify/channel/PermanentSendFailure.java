package io.frontdesk.notify.channel;

/** The provider refused the message for good: retrying the same channel and address cannot help. */
public class PermanentSendFailure extends RuntimeException {

    private final String code;

    public PermanentSendFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
