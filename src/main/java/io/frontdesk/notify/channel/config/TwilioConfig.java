package io.frontdesk.notify.channel.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Twilio account settings (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER,
 * TWILIO_MESSAGING_SERVICE_SID, TWILIO_API_URL). All optional: without them SMS and voice go to the outbox.
 */
@ConfigMapping(prefix = "twilio")
public interface TwilioConfig {

    Optional<String> accountSid();

    Optional<String> authToken();

    /** E.164 sender number; required for voice calls. */
    Optional<String> fromNumber();

    /** A messaging service picks the sender from its pool; SMS only. */
    Optional<String> messagingServiceSid();

    /** Where the REST API lives; tests point it at a local stand-in. */
    @WithDefault("https://api.twilio.com")
    String apiUrl();
}
