package io.frontdesk.notify.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as child processes of a failsafe test
 * (issue 6, item 6: ReplicaProcessesIT, DatabaseOutageIT): real JVMs on one database of their own, named after
 * the tests' database with {@code _child}, SMS going to a Twilio stand-in that attributes every request to its
 * reminder by the recipient's phone. Plain JUnit: nothing here runs inside the test Quarkus.
 */
public final class PackagedService {

    public static final int BATCH_SIZE = 50;
    /** Messages of a batch between their delivery record and the provider's answer at once. */
    public static final int CONCURRENCY = 8;
    /** Claim-and-send loops side by side in each instance: together they hold at most this many batches. */
    public static final int WORKERS = 2;
    /** A killed instance's claims come back quickly. */
    public static final Duration SHORT_LEASE = Duration.ofSeconds(5);
    /** Every wait is bounded: a start, a drain. Generous for a busy 2-core machine. */
    public static final Duration BOUND = Duration.ofMinutes(3);
    public static final String DUE_LEFT =
            "select count(*) from reminder where status in ('PLANNED', 'CLAIMED') and due_at <= now()";
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path LOGS = Path.of("target/it-logs");
    private static final String MESSAGES = "/2010-04-01/Accounts/[^/]+/Messages\\.json";

    private final WireMockServer twilio;
    /** postgresql://host:port/ of the tests' database. */
    private final URI server;
    private final String database;
    /** Every process started, killed after each test whatever happened. */
    private final List<Process> started = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PackagedService(WireMockServer twilio, URI server, String database) {
        this.twilio = twilio;
        this.server = server;
        this.database = database;
    }

    /** The stand-in started and the children's database there, for the tests of one class. */
    public static PackagedService setUp() throws SQLException {
        WireMockServer twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        twilio.start();
        StandIns.stubTwilio(twilio);
        // Each provider call takes a while, so a batch is still in flight when something happens to it.
        twilio.setGlobalFixedDelay(20);

        URI server = URI.create(System.getenv().getOrDefault("TEST_DB_URL", "postgresql://127.0.0.1:5432/frontdesk_test"));
        PackagedService service = new PackagedService(twilio, server, server.getPath().substring(1) + "_child");
        try (Connection c = service.connect("postgres"); Statement s = c.createStatement();
                ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + service.database + "'")) {
            if (!exists.next()) {
                s.execute("create database " + service.database);
            }
        }
        // A test JVM killed outright still takes its children with it.
        Runtime.getRuntime().addShutdownHook(new Thread(service::killAll));
        return service;
    }

    /** An empty database (each instance's Flyway builds the schema from scratch) and no request seen yet. */
    public void reset() throws SQLException {
        execute("drop schema public cascade; create schema public");
        twilio.resetRequests();
    }

    public void tearDown() {
        killAll();
        twilio.stop();
    }

    /** The host and port of the tests' PostgreSQL. */
    public URI databaseServer() {
        return server;
    }

    /** One packaged service process, and the port it serves on. */
    public record Child(String name, Process process, int port) {

        public URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    /** The packaged service on a port of its own against the children's database, ready to serve. */
    public Child start(String name) throws Exception {
        return start(name, SHORT_LEASE);
    }

    /** The same, its claims held for {@code lease}. */
    public Child start(String name, Duration lease) throws Exception {
        return start(name, server.getAuthority(), lease);
    }

    /** The same, reaching PostgreSQL at host:port {@code databaseAddress} (a proxy in front of it), claims held for {@code lease}. */
    public Child start(String name, String databaseAddress, Duration lease) throws Exception {
        assertThat(JAR).as("the packaged service (failsafe runs after package)").exists();
        Files.createDirectories(LOGS);
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString());
        Map<String, String> env = builder.environment();
        // nothing of the build's own environment configures the children
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("FRONTDESK_") || k.startsWith("TWILIO_")
                || k.startsWith("MP_JWT_") || k.startsWith("RABBITMQ_") || k.equals("MESSAGING_CONNECTOR")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("PORT"));
        env.put("PORT", String.valueOf(port));
        // Flyway's JDBC URL follows this one (application.properties)
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + databaseAddress + "/" + database);
        env.put("TWILIO_ACCOUNT_SID", StandIns.ACCOUNT_SID);
        env.put("TWILIO_AUTH_TOKEN", "x");
        env.put("TWILIO_FROM_NUMBER", StandIns.FROM_NUMBER);
        env.put("TWILIO_API_URL", "http://127.0.0.1:" + twilio.port());
        env.put("FRONTDESK_PACING_ENABLED", "false");
        env.put("FRONTDESK_DISPATCHER_BATCH_SIZE", String.valueOf(BATCH_SIZE));
        env.put("FRONTDESK_DISPATCHER_CONCURRENCY", String.valueOf(CONCURRENCY));
        env.put("FRONTDESK_DISPATCHER_WORKERS", String.valueOf(WORKERS));
        env.put("FRONTDESK_DISPATCHER_LEASE", lease.toString());
        env.put("FRONTDESK_MESSAGING_RELAY_ENABLED", "false");
        env.put("FRONTDESK_ARREARS_JOBS_ENABLED", "false");
        builder.redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        Process process = builder.start();
        synchronized (started) {
            started.add(process);
        }
        Child child = new Child(name, process, port);
        await(name + " ready (log: " + LOGS.resolve(name + ".log") + ")", List.of(child),
                () -> status(child, "/q/health/ready") == 200);
        return child;
    }

    /** The HTTP status a child answers on path, or -1 when it does not answer. */
    public int status(Child child, String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(child.uri(path)).timeout(Duration.ofSeconds(25)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * N due parcel SMS, one tenant (and phone) each, as the benchmark seeds them (bench/run.sh). The property's
     * zone puts its clock at mid-morning now, so neither quiet hours nor the cadence's evening hold anything.
     */
    public Set<String> seed(int reminders) throws SQLException {
        ZoneOffset morning = ZoneOffset.ofHours(10 - Instant.now().atOffset(ZoneOffset.UTC).getHour());
        execute("""
                insert into property (code, name, time_zone, weekday_hours, weekend_hours, created_at)
                values ('REPLICA', 'Replica Tower', '%2$s', '08:20-12:00,14:30-18:00', '09:00-17:00', now());
                insert into unit (property_code, code) select 'REPLICA', 'U' || g from generate_series(1, %1$d) g;
                insert into resident (property_code, unit_code, name, phone, locale)
                select 'REPLICA', 'U' || g, 'Resident ' || g, '+86139' || lpad(g::text, 8, '0'), 'en'
                  from generate_series(1, %1$d) g;
                with opened as (
                    insert into follow_up (property_code, kind, subject_ref, resident_id, unit_code, details,
                                           subject_dates, contacts, ack_token, opened_at)
                    select r.property_code, 'parcel', 'replica-' || r.id, r.id, r.unit_code,
                           json_build_object('unit', r.unit_code, 'kindZh', '包裹', 'kindEn', 'parcel',
                                             'tracking', 'SF' || lpad(r.id::text, 10, '0'), 'carrier', 'SF Express',
                                             'arrived', '2026-11-26 10:00', 'parcelId', r.id)::text,
                           '{}', '[]', md5('replica-' || r.id || random()::text), now() - interval '1 minute'
                      from resident r
                    returning id, resident_id, opened_at)
                insert into reminder (follow_up_id, step, audience, recipient_type, recipient_id, channel, due_at,
                                      status, created_at)
                select id, 'phone-retry', 'TENANT', 'RESIDENT', resident_id, 'SMS', opened_at, 'PLANNED', now()
                  from opened;
                """.formatted(reminders, morning.getId()));
        Set<String> phones = new HashSet<>(strings("select phone from resident"));
        assertThat(phones).hasSize(reminders);
        return phones;
    }

    public void awaitDrained(List<Child> instances) throws Exception {
        await("no reminder left due", instances, () -> count(DUE_LEFT) == 0);
    }

    public interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails at the bound, or at once when an instance died. */
    public static void await(String what, List<Child> instances, Check check) throws Exception {
        Instant deadline = Instant.now().plus(BOUND);
        while (!check.holds()) {
            for (Child child : instances) {
                assertThat(child.process().isAlive()).as("%s (pid %d) alive while waiting for: %s",
                        child.name(), child.process().pid(), what).isTrue();
            }
            assertThat(Instant.now()).as("waiting for: " + what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** SMS requests the stand-in received so far. */
    public int smsRequests() {
        return twilio.findAll(postRequestedFor(urlPathMatching(MESSAGES))).size();
    }

    /** Requests the stand-in received, by recipient. */
    public Map<String, Long> smsPerPhone() {
        return twilio.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
                .map(r -> TwilioRequests.form(r.getBodyAsString()).get("To"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row. */
    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.getAuthority() + "/" + db, "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kills every child started so far. */
    public void killAll() {
        synchronized (started) {
            for (Process p : started) {
                p.destroyForcibly();
            }
            for (Process p : started) {
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            started.clear();
        }
    }
}
