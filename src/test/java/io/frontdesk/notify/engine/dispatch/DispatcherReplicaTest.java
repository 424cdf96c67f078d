package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

/** Several dispatchers on one database: each reminder goes out once, and a dead one's claims are taken over. */
@QuarkusTest
class DispatcherReplicaTest {

    static final String PROPERTY = "REP";
    static final String UNIT = "801";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    ReminderClaims claims;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendTheSameReminderTwice() throws Exception {
        clock.set("2026-12-01T10:00:00+08:00");
        List<String> phones = Fixtures.residentsWithParcels(PROPERTY, UNIT, 30, "+861370000%04d", "rep");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> Fixtures.dispatch(dispatcher, "replica-a"));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> Fixtures.dispatch(dispatcher, "replica-b"));
        first.get();
        second.get();

        for (int i = 0; i < phones.size(); i++) {
            assertThat(TwilioRequests.messagesTo(phones.get(i))).as("SMS to %s", phones.get(i)).hasSize(1);
            assertThat(StandIns.smtp().getReceivedMessagesForDomain("rep" + i + "@example.com"))
                    .as("email to rep%d", i).hasSize(1);
        }
    }

    @Test
    void aDeadDispatchersClaimsGoOutOnceItsLeaseLapses() throws Throwable {
        clock.set("2026-12-02T10:00:00+08:00");
        String phone = "+8613700009999";
        long resident = Fixtures.resident(PROPERTY, UNIT, "Lease Tenant", phone, "lease@example.com", "en");
        Fixtures.parcel(PROPERTY, UNIT, resident, "LEASE1");

        // a replica claims the due reminders and dies before sending them
        ReminderClaims.ClaimedBatch held = VertxContextSupport.subscribeAndAwait(
                () -> claims.claim("replica-dead", clock.now(), Duration.ofMinutes(2), 1000));
        assertThat(held.messages()).isNotEmpty();

        Fixtures.dispatch(dispatcher, "replica-alive");
        assertThat(TwilioRequests.messagesTo(phone)).as("still leased to the dead replica").isEmpty();

        clock.advance(Duration.ofMinutes(3));
        Fixtures.dispatch(dispatcher, "replica-alive");
        Fixtures.dispatch(dispatcher, "replica-alive");
        assertThat(TwilioRequests.messagesTo(phone)).as("taken over once the lease lapsed").hasSize(1);
        assertThat(StandIns.smtp().getReceivedMessagesForDomain("lease@example.com")).hasSize(1);
    }
}
