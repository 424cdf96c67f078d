package io.frontdesk.notify.engine.dispatch;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TwilioRequests;

/**
 * Crash and replica safety of the dispatcher (issue 6, item 6), proven on the packaged service
 * ({@code target/quarkus-app/quarkus-run.jar}, hence run by failsafe after {@code package}): real JVMs on one
 * database of their own, SMS going to a Twilio stand-in that attributes every request to its reminder by the
 * recipient's phone. Plain JUnit: nothing here runs inside the test Quarkus.
 */
class ReplicaProcessesIT {

    private static final int REMINDERS = 400;
    private static final int BATCH_SIZE = 50;
    /** Every wait is bounded: a start, a drain. Generous for a busy 2-core machine. */
    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path LOGS = Path.of("target/it-logs");
    private static final String MESSAGES = "/2010-04-01/Accounts/[^/]+/Messages\\.json";
    private static final String DUE_LEFT =
            "select count(*) from reminder where status in ('PLANNED', 'CLAIMED') and due_at <= now()";

    private static WireMockServer twilio;
    /** postgresql://host:port/ of the tests' database; the children's database is named after it. */
    private static URI server;
    private static String database;

    /** Every process this class started, killed after each test whatever happened. */
    private static final List<Process> started = new ArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void standInAndDatabase() throws SQLException {
        twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        twilio.start();
        StandIns.stubTwilio(twilio);
        // Each provider call takes a while, so a batch is still in flight when the process is killed.
        twilio.setGlobalFixedDelay(20);

        server = URI.create(System.getenv().getOrDefault("TEST_DB_URL", "postgresql://127.0.0.1:5432/frontdesk_test"));
        database = server.getPath().substring(1) + "_child";
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
                ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!exists.next()) {
                s.execute("create database " + database);
            }
        }
        // A test JVM killed outright still takes its children with it.
        Runtime.getRuntime().addShutdownHook(new Thread(ReplicaProcessesIT::killAll));
    }

    @AfterAll
    static void stopStandIn() {
        if (twilio != null) {
            twilio.stop();
        }
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        // each instance's Flyway builds the schema from scratch
        execute("drop schema public cascade; create schema public");
        twilio.resetRequests();
    }

    @AfterEach
    void stopInstances() {
        killAll();
    }

    @Test
    void twoInstancesOnOneDatabaseSendEachReminderOnce() throws Exception {
        Instant t0 = Instant.now();
        Process first = start("replicas-a");
        Process second = start("replicas-b");
        Set<String> phones = seed();

        awaitDrained(List.of(first, second));

        Map<String, Long> perPhone = smsPerPhone();
        assertThat(perPhone.keySet()).as("every reminder reached its tenant").containsExactlyInAnyOrderElementsOf(phones);
        assertThat(perPhone).as("no tenant got an SMS twice").allSatisfy((phone, n) -> assertThat(n).isEqualTo(1L));
        assertThat(count("select count(*) from reminder where status = 'SENT'")).isEqualTo(REMINDERS);
        long byFirst = sentBy(first);
        long bySecond = sentBy(second);
        System.out.printf("[ReplicaProcessesIT] two instances: %d reminders, %d sent by one, %d by the other, "
                + "0 duplicates, %d s%n", REMINDERS, byFirst, bySecond, Duration.between(t0, Instant.now()).toSeconds());
        if (byFirst == 0 || bySecond == 0) {
            // possible when one instance is much slower to warm up; the zero-duplicate claim still holds
            System.out.println("[ReplicaProcessesIT] note: one instance sent every reminder");
        }
    }

    @Test
    void killedMidBatchLosesNothingAndDuplicatesAtMostTheBatchInFlight() throws Exception {
        Instant t0 = Instant.now();
        Process doomed = start("killed");
        Set<String> phones = seed();

        // Half way through the second batch: one batch done, the next claimed and partly sent.
        await("the first instance sends a batch and a half", List.of(doomed),
                () -> count("select count(*) from reminder where status = 'SENT'") >= BATCH_SIZE * 3 / 2);
        doomed.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback of anything but the open transaction
        assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long sentAtKill = count("select count(*) from reminder where status = 'SENT'");
        long inFlight = count("select count(*) from reminder where status = 'CLAIMED'");
        long requestsAtKill = twilio.findAll(postRequestedFor(urlPathMatching(MESSAGES))).size();
        assertThat(sentAtKill).as("killed before the end").isLessThan(REMINDERS);
        assertThat(inFlight).as("a batch was in flight").isPositive().isLessThanOrEqualTo(BATCH_SIZE);

        Process successor = start("successor");
        awaitDrained(List.of(successor));

        Map<String, Long> perPhone = smsPerPhone();
        assertThat(perPhone.keySet()).as("nothing lost: every tenant got the SMS").containsAll(phones);
        long duplicates = perPhone.values().stream().filter(n -> n > 1).count();
        // only a message between its provider call and its record can go twice: at most the claims in flight
        assertThat(duplicates).as("duplicates at most the batch in flight").isLessThanOrEqualTo(inFlight);
        assertThat(count("select count(*) from reminder where status = 'SENT'")).isEqualTo(REMINDERS);
        System.out.printf("[ReplicaProcessesIT] SIGKILL mid-batch: %d of %d sent at the kill, %d claimed in flight, "
                        + "%d provider requests by then; after restart all %d sent, %d duplicate(s), %d s%n",
                sentAtKill, REMINDERS, inFlight, requestsAtKill, REMINDERS, duplicates,
                Duration.between(t0, Instant.now()).toSeconds());
    }

    /**
     * N due parcel SMS, one tenant (and phone) each, as the benchmark seeds them (bench/run.sh). The property's
     * zone puts its clock at mid-morning now, so neither quiet hours nor the cadence's evening hold anything.
     */
    private Set<String> seed() throws SQLException {
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
                """.formatted(REMINDERS, morning.getId()));
        Set<String> phones = new HashSet<>();
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select phone from resident")) {
            while (rows.next()) {
                phones.add(rows.getString(1));
            }
        }
        assertThat(phones).hasSize(REMINDERS);
        return phones;
    }

    /** The packaged service on a port of its own against the children's database, ready to serve. */
    private Process start(String name) throws Exception {
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
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://" + server.getAuthority() + "/" + database);
        env.put("TWILIO_ACCOUNT_SID", StandIns.ACCOUNT_SID);
        env.put("TWILIO_AUTH_TOKEN", "x");
        env.put("TWILIO_FROM_NUMBER", StandIns.FROM_NUMBER);
        env.put("TWILIO_API_URL", "http://127.0.0.1:" + twilio.port());
        env.put("FRONTDESK_PACING_ENABLED", "false");
        env.put("FRONTDESK_DISPATCHER_BATCH_SIZE", String.valueOf(BATCH_SIZE));
        // a killed instance's claims come back quickly
        env.put("FRONTDESK_DISPATCHER_LEASE", "PT5S");
        env.put("FRONTDESK_MESSAGING_RELAY_ENABLED", "false");
        env.put("FRONTDESK_ARREARS_JOBS_ENABLED", "false");
        builder.redirectErrorStream(true).redirectOutput(LOGS.resolve(name + ".log").toFile());
        Process process = builder.start();
        synchronized (started) {
            started.add(process);
        }
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        await(name + " ready (log: " + LOGS.resolve(name + ".log") + ")", List.of(process), () -> {
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        return process;
    }

    private void awaitDrained(List<Process> instances) throws Exception {
        await("no reminder left due", instances, () -> count(DUE_LEFT) == 0);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    /** Polls until the check holds; fails at the bound, or at once when an instance died. */
    private static void await(String what, List<Process> instances, Check check) throws Exception {
        Instant deadline = Instant.now().plus(BOUND);
        while (!check.holds()) {
            for (Process p : instances) {
                assertThat(p.isAlive()).as("instance %d alive while waiting for: %s", p.pid(), what).isTrue();
            }
            assertThat(Instant.now()).as("waiting for: " + what).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    /** Requests the stand-in received, by recipient. */
    private static Map<String, Long> smsPerPhone() {
        return twilio.findAll(postRequestedFor(urlPathMatching(MESSAGES))).stream()
                .map(r -> TwilioRequests.form(r.getBodyAsString()).get("To"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Reminders sent by one process: its claims are named "pid@host#…" (Dispatcher.REPLICA). */
    private static long sentBy(Process p) throws SQLException {
        return count("select count(*) from reminder where status = 'SENT' and claimed_by like '" + p.pid() + "@%'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server.getAuthority() + "/" + db, "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void killAll() {
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
