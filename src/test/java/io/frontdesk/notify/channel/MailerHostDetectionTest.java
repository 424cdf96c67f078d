package io.frontdesk.notify.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class MailerHostDetectionTest {

    @Test
    void theMailersDefaultHostDoesNotCountAsConfigured() {
        var config = new SmallRyeConfigBuilder().withDefaultValue("quarkus.mailer.host", "localhost").build();

        assertFalse(ChannelSenders.mailerHostConfigured(config));
    }

    @Test
    void aHostFromApplicationPropertiesCountsAsConfigured() {
        var config = new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.mailer.host", "localhost")
                .withSources(new PropertiesConfigSource(Map.of("quarkus.mailer.host", "smtp.example.com"),
                        "application.properties", 250))
                .build();

        assertTrue(ChannelSenders.mailerHostConfigured(config));
    }

    @Test
    void noHostAtAllIsNotConfigured() {
        assertFalse(ChannelSenders.mailerHostConfigured(new SmallRyeConfigBuilder().build()));
    }
}
