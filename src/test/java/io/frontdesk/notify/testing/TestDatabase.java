package io.frontdesk.notify.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Creates the test database on the machine's PostgreSQL if it is missing, so the README's test command
 * needs only a running server. The URL comes from TEST_DB_URL, as in the %test profile.
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DEFAULT_URL = "postgresql://127.0.0.1:5432/frontdesk_test";

    @Override
    public Map<String, String> start() {
        String url = System.getenv().getOrDefault("TEST_DB_URL", DEFAULT_URL);
        int slash = url.lastIndexOf('/');
        String server = "jdbc:" + url.substring(0, slash) + "/postgres";
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        try (Connection c = DriverManager.getConnection(server, "postgres", "");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL at " + server
                    + " (user postgres, no password); .ci/run starts it", e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
