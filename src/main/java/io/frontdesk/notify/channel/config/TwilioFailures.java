package io.frontdesk.notify.channel.config;

import java.util.Set;

import com.twilio.exception.ApiException;

import io.frontdesk.notify.channel.PermanentSendFailure;

/** Tells Twilio refusals that no retry can fix from the ones worth retrying. */
public final class TwilioFailures {

    /**
     * Twilio error codes about the number itself: invalid, unreachable, opted out, not a mobile,
     * or in a region the account may not reach. See https://www.twilio.com/docs/api/errors.
     */
    private static final Set<Integer> PERMANENT_CODES = Set.of(
            13223, // call: invalid phone number format
            13224, // call: invalid phone number
            21211, // invalid 'To' phone number
            21214, // 'To' phone number cannot be reached
            21217, // phone number does not appear to be valid
            21401, // invalid phone number
            21407, // this phone number type does not support SMS or MMS
            21408, // permission to send to this region is not enabled
            21610, // recipient replied STOP (unsubscribed)
            21612, // 'To' number is not currently reachable via SMS
            21614  // 'To' number is not a valid mobile number
    );

    private TwilioFailures() {
    }

    /** A permanent refusal becomes {@link PermanentSendFailure}; anything else is returned unchanged. */
    public static Throwable classify(Throwable failure) {
        if (failure instanceof ApiException api && api.getCode() != null && PERMANENT_CODES.contains(api.getCode())) {
            return new PermanentSendFailure(String.valueOf(api.getCode()), api.getMessage());
        }
        return failure;
    }
}
