package io.frontdesk.notify.common.db;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * The zero-setup default: when no reactive datasource URL is configured, supply one that points at an
 * embedded PostgreSQL, started only when the URL is first read (so a build never starts a database).
 * Any configured URL (environment, profile, system property) wins, and tests always configure one.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(REACTIVE_URL);
        if (configured != null && configured.getValue() != null) {
            return List.of();
        }
        ConfigValue enabled = context.getValue("frontdesk.embedded-db.enabled");
        if (enabled != null && "false".equalsIgnoreCase(enabled.getValue())) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue("frontdesk.embedded-db.data-dir");
        String dir = dataDir != null && dataDir.getValue() != null
                ? dataDir.getValue()
                : System.getProperty("java.io.tmpdir") + "/frontdesk-notify-pgdata";
        return List.of(new EmbeddedPostgresConfigSource(dir));
    }

    @Override
    public OptionalInt getPriority() {
        // Below application.properties (250) and the environment (300): only a fallback.
        return OptionalInt.of(50);
    }
}
