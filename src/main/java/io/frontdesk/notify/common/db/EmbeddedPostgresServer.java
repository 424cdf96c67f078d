package io.frontdesk.notify.common.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** One embedded PostgreSQL per JVM, kept in a data directory that survives restarts. */
final class EmbeddedPostgresServer {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized int start(String dataDir) {
        if (server == null) {
            try {
                File dir = new File(dataDir);
                dir.mkdirs();
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .start();
                LOG.infof("No datasource URL configured: started embedded PostgreSQL on port %d (data in %s)",
                        server.getPort(), dir.getAbsolutePath());
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server.getPort();
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
