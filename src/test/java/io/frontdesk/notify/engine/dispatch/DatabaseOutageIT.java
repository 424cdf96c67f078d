package io.frontdesk.notify.engine.dispatch;

import static io.frontdesk.notify.testing.PackagedService.BATCH_SIZE;
import static io.frontdesk.notify.testing.PackagedService.DUE_LEFT;
import static io.frontdesk.notify.testing.PackagedService.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.PackagedService;
import io.frontdesk.notify.testing.PackagedService.Child;
import io.frontdesk.notify.testing.TcpProxy;

/**
 * The database going away for 30 s and coming back leaves the service healthy and nothing lost, readiness
 * reporting down meanwhile (issue 6, item 6), proven on the packaged service (PackagedService) whose datasource
 * goes through a proxy the test cuts (every connection closed, every new one closed at once) while reminders are due.
 */
class DatabaseOutageIT {

    private static final int REMINDERS = 400;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /**
     * The claims outlast the outage (the default lease is 2 minutes): the dispatcher keeps trying to record the
     * answers of what went out before the cut for half the lease, instead of sending those messages again.
     */
    private static final Duration LEASE = Duration.ofSeconds(80);
    private static final String SENT = "select count(*) from reminder where status = 'SENT'";
    /** Deliveries recorded before the provider call whose answer could not be recorded after it. */
    private static final String UNANSWERED = "select recipient from delivery where status = 'sending'";

    private static PackagedService service;
    private static TcpProxy database;

    @BeforeAll
    static void standInAndProxy() throws SQLException, IOException {
        service = PackagedService.setUp();
        database = TcpProxy.to(service.databaseServer().getHost(), service.databaseServer().getPort());
    }

    @AfterAll
    static void stopAll() {
        if (service != null) {
            service.tearDown();
        }
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        database.restore();
        service.reset();
    }

    @AfterEach
    void stopInstance() {
        service.killAll();
    }

    @Test
    void thirtySecondsWithoutTheDatabaseLoseNothingAndReadinessIsDownMeanwhile() throws Exception {
        Child child = service.start("db-outage", "127.0.0.1:" + database.port(), LEASE);
        Set<String> phones = service.seed(REMINDERS);
        // Half way through the second batch: one batch done, the next claimed and partly sent.
        await("a batch and a half sent", List.of(child), () -> service.count(SENT) >= BATCH_SIZE * 3 / 2);

        database.cut();
        Instant cut = Instant.now();
        long sentAtCut = service.count(SENT);
        long claimedAtCut = service.count("select count(*) from reminder where status = 'CLAIMED'");
        int requestsAtCut = service.smsRequests();
        assertThat(sentAtCut).as("reminders still due at the cut").isLessThan(REMINDERS);
        assertThat(claimedAtCut).as("a batch was in flight").isPositive();

        Duration firstDown = null;
        int downProbes = 0;
        while (Instant.now().isBefore(cut.plus(OUTAGE))) {
            int ready = service.status(child, "/q/health/ready");
            if (firstDown == null && ready == 503) {
                firstDown = Duration.between(cut, Instant.now());
            }
            if (firstDown != null) {
                assertThat(ready).as("readiness stays DOWN while the database is away").isEqualTo(503);
                downProbes++;
            }
            assertThat(service.status(child, "/q/health/live")).as("liveness stays UP").isEqualTo(200);
            assertThat(child.process().isAlive()).as("the service survives the outage").isTrue();
            Thread.sleep(500);
        }
        assertThat(firstDown).as("readiness went DOWN during the outage").isNotNull();
        long dueAtRestore = service.count(DUE_LEFT);
        int requestsAtRestore = service.smsRequests();
        assertThat(dueAtRestore).as("reminders waited out the outage").isPositive();

        database.restore();
        Instant restored = Instant.now();
        await("readiness UP again", List.of(child), () -> service.status(child, "/q/health/ready") == 200);
        Duration backUp = Duration.between(restored, Instant.now());
        service.awaitDrained(List.of(child));
        Duration drained = Duration.between(restored, Instant.now());

        Map<String, Long> perPhone = service.smsPerPhone();
        assertThat(perPhone.keySet()).as("nothing lost: every tenant got the SMS").containsExactlyInAnyOrderElementsOf(phones);
        List<String> duplicated = perPhone.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> unanswered = service.strings(UNANSWERED);
        // what went out before and during the cut had its answer recorded once the database was back
        assertThat(unanswered).as("every provider answer recorded").isEmpty();
        assertThat(duplicated).as("nothing sent twice").isEmpty();
        assertThat(service.count(SENT)).isEqualTo(REMINDERS);
        assertThat(service.count("select count(*) from reminder where status = 'FAILED'")).as("nothing failed").isZero();
        assertThat(service.status(child, "/q/health/ready")).as("healthy after").isEqualTo(200);
        assertThat(service.status(child, "/q/health/live")).isEqualTo(200);
        System.out.printf("[DatabaseOutageIT] cut with %d of %d sent, %d claimed, %d provider requests; readiness DOWN "
                        + "%d ms after the cut and on all %d probes until the restore %d s after it, liveness UP; "
                        + "%d still due and %d provider requests at the restore; readiness UP %d ms after it, all sent "
                        + "%d ms after it; %d send(s) left unanswered, %d duplicate(s)%n",
                sentAtCut, REMINDERS, claimedAtCut, requestsAtCut, firstDown.toMillis(), downProbes,
                OUTAGE.toSeconds(), dueAtRestore, requestsAtRestore, backUp.toMillis(), drained.toMillis(),
                unanswered.size(), duplicated.size());
    }
}
