package io.frontdesk.notify.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the message adapter (prefix {@code frontdesk.messaging}); README "Settings" lists them. */
@ConfigMapping(prefix = "frontdesk.messaging")
public interface MessagingConfig {

    /**
     * {@code smallrye-in-memory} (default: no broker needed) or {@code smallrye-rabbitmq}; every
     * {@code mp.messaging.*.connector} key refers to it (application.properties).
     */
    @WithDefault("smallrye-in-memory")
    String connector();

    /** Run the outbox relay on this replica. */
    @WithDefault("true")
    boolean relayEnabled();

    @WithDefault("1s")
    String relayInterval();

    /** Events claimed (and held locked) per relay transaction. */
    @WithDefault("100")
    int relayBatchSize();

    /** How long one publish may wait for the broker's confirm before the batch stops and is retried. */
    @WithDefault("PT10S")
    Duration publishTimeout();
}
