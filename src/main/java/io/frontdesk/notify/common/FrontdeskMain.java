package io.frontdesk.notify.common;

import io.frontdesk.notify.common.db.EmbeddedPostgresServer;
import io.frontdesk.notify.common.security.DevKeys;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Fills in the zero-setup defaults (embedded PostgreSQL, dev token keys) where nothing is configured, then starts. */
@QuarkusMain
public class FrontdeskMain {

    public static void main(String... args) {
        EmbeddedPostgresServer.startIfNoDatabaseConfigured();
        DevKeys.generateIfNoKeyConfigured();
        Quarkus.run(args);
    }
}
