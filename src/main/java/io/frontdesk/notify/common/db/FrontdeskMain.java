package io.frontdesk.notify.common.db;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the embedded PostgreSQL when no database is configured, then the service. */
@QuarkusMain
public class FrontdeskMain {

    public static void main(String... args) {
        EmbeddedPostgresServer.startIfNoDatabaseConfigured();
        Quarkus.run(args);
    }
}
