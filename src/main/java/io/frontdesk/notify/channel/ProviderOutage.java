package io.frontdesk.notify.channel;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;

import io.frontdesk.notify.channel.email.SmtpEmailSender;

/**
 * Tells a provider that is down (unreachable, timing out, answering 5xx, an SMTP server closing or refusing
 * this service's login, or its circuit open) from a message that failed: an outage is waited out however
 * long it lasts, a failure is retried a few times.
 */
public final class ProviderOutage {

    private ProviderOutage() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CircuitBreakerOpenException
                    || cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
                    || cause instanceof TimeoutException
                    || cause instanceof IOException
                    || cause instanceof ApiConnectionException
                    || cause instanceof ApiException api && api.getStatusCode() != null && api.getStatusCode() >= 500
                    || SmtpEmailSender.serverUnavailable(cause)) {
                return true;
            }
        }
        return false;
    }
}
