package io.frontdesk.notify.common.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (prefix {@code frontdesk}); README lists each with its environment variable. */
@ConfigMapping(prefix = "frontdesk")
public interface FrontdeskConfig {

    /** Where tenants and Twilio reach this service: acknowledgement links and status callbacks start with it. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** An absolute URL of this service for a path such as {@code /a/token}. */
    default String publicUrl(String path) {
        return publicBaseUrl().replaceAll("/+$", "") + path;
    }

    Dispatcher dispatcher();

    Auth auth();

    Pacing pacing();

    /** How fast one provider sender may send (Twilio: about 1 message/s on a long code). */
    interface Pacing {
        /** Off in tests, whose clock jumps back and forth between test classes. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1")
        double messagesPerSecond();

        /** A message whose slot is this close is held in the dispatcher; a later one waits in the table. */
        @WithDefault("PT1S")
        Duration longestHold();

        default Duration interval() {
            return Duration.ofNanos((long) (1_000_000_000L / messagesPerSecond()));
        }
    }

    interface Auth {
        /** POST /api/dev/tokens mints tokens; on only with the run's own dev key (see DevKeys) or in tests. */
        @WithDefault("false")
        boolean devTokens();
    }

    interface Dispatcher {
        /** Off in tests, which drive the dispatcher through the injected clock. */
        @WithDefault("true")
        boolean enabled();

        /** The pause between a worker's rounds once nothing is due: the longest a reminder waits for its round. */
        @WithDefault("PT0.25S")
        Duration interval();

        @WithDefault("500")
        int batchSize();

        /** Messages of a batch handed to providers at once, per worker. */
        @WithDefault("16")
        int concurrency();

        /**
         * Claim-and-send loops run side by side on this replica, each on an event loop of its own: one prepares or
         * records while another waits on the database or the providers, and each can use a core.
         */
        @WithDefault("2")
        int workers();

        /** How long a claim holds; a replica that dies mid-batch loses its claims after this. */
        @WithDefault("PT2M")
        Duration lease();

        /** Transient provider failures are retried this many times before the attempt counts as failed. */
        @WithDefault("5")
        int maxAttempts();

        /** First retry delay after a transient failure; doubles each time (±20 % jitter). */
        @WithDefault("PT30S")
        Duration retryDelay();

        /** While a provider is down, reminders are tried again at most this far apart, for as long as it takes. */
        @WithDefault("PT5M")
        Duration longestOutageWait();
    }
}
