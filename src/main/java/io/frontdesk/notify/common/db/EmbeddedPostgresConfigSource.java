package io.frontdesk.notify.common.db;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/** Answers the datasource URL by starting (once) the embedded PostgreSQL. */
class EmbeddedPostgresConfigSource implements ConfigSource {

    private final String dataDir;

    EmbeddedPostgresConfigSource(String dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(EmbeddedPostgresConfigSourceFactory.REACTIVE_URL);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(EmbeddedPostgresConfigSourceFactory.REACTIVE_URL, url());
    }

    @Override
    public String getValue(String propertyName) {
        return EmbeddedPostgresConfigSourceFactory.REACTIVE_URL.equals(propertyName) ? url() : null;
    }

    private String url() {
        return "postgresql://127.0.0.1:" + EmbeddedPostgresServer.start(dataDir) + "/postgres";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "embedded-postgresql";
    }
}
