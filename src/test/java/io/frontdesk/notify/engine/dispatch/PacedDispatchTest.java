package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.frontdesk.notify.testing.TwilioRequests.Arrival;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * Pacing through the real dispatcher (issue 6): a burst of SMS from one Twilio sender leaves one slot at a time at
 * the configured messages per second, and nothing is lost. The suite runs with pacing off because its clock jumps
 * between test classes; this test turns it on for itself and lets the clock run in real time.
 */
@QuarkusTest
class PacedDispatchTest {

    static final String PROPERTY = "PACE";
    static final String UNIT = "1001";
    static final int BURST = 5;

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    FrontdeskConfig config;

    @BeforeEach
    void property() throws Exception {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        pacingOn();
        senderIdle();
    }

    /** The sender has sent nothing: what other tests left in its pace holds times of their clocks. */
    static void senderIdle() throws Exception {
        try (var db = database(); var idle = db.prepareStatement("delete from send_pace")) {
            idle.executeUpdate();
        }
    }

    /** Paces senders for the running test only (QuarkusMock's mock goes with the test), while the suite runs without. */
    static void pacingOn() {
        QuarkusMock.installMockForType(new PacedForTheTest(), SendPace.class);
    }

    /** The slots of the real pace, with pacing on whatever the suite's configuration says. */
    static class PacedForTheTest extends SendPace {
        @Override
        public boolean enabled() {
            return true;
        }
    }

    @AfterEach
    void clockStandsStillAgain() {
        clock.set(clock.now());
    }

    @Test
    void aBurstFromOneSenderLeavesSlotBySlotAtTheConfiguredPaceAndNothingIsLost() throws Exception {
        Duration interval = config.pacing().interval();
        // before every other test's reminders, so only this burst is due
        clock.set("2026-06-01T10:00:00+08:00");
        clock.run();
        List<String> phones = Fixtures.residentsWithParcels(PROPERTY, UNIT, BURST, "+86150000000%02d", "paced");

        Instant start = clock.now();
        // the dispatcher's rounds, 0.6 s apart (less than the longest hold): a round claims the SMS whose slot is
        // within the hold and holds each to its slot; claimed only once its slot had passed, one would leave late
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sent(phones).size() < BURST && System.nanoTime() < deadline) {
            Fixtures.dispatch(dispatcher, "pace");
            Thread.sleep(600);
        }
        List<Arrival> sent = sent(phones);
        assertThat(sent).extracting(Arrival::to).containsExactlyInAnyOrderElementsOf(phones);

        // slots further away than the longest hold were kept in the table, one interval apart, not held in memory
        List<Map.Entry<String, Instant>> waited = slotsKeptInTheTable();
        assertThat(waited).isNotEmpty().allSatisfy(w ->
                assertThat(w.getValue()).isAfter(start.plus(config.pacing().longestHold())));
        for (int i = 1; i < waited.size(); i++) {
            assertThat(Duration.between(waited.get(i - 1).getValue(), waited.get(i).getValue())).isEqualTo(interval);
        }
        // what waited in the table went in the order of its slots, none before its slot, none a round after
        List<Arrival> paced = sent.subList(BURST - waited.size(), BURST);
        assertThat(paced).extracting(Arrival::to).containsExactlyElementsOf(waited.stream().map(Map.Entry::getKey).toList());
        Duration wallToClock = Duration.between(Instant.now(), clock.now());
        for (int i = 0; i < paced.size(); i++) {
            Instant arrived = paced.get(i).at().plus(wallToClock);
            Instant slot = waited.get(i).getValue();
            assertThat(arrived).as("SMS to %s", paced.get(i).to())
                    .isAfterOrEqualTo(slot.minusMillis(5)) // WireMock logs whole milliseconds
                    .isBefore(slot.plusMillis(300));
        }
        // the follow-up's history counts one try for each, however many rounds it waited for its slot
        assertThat(smsAttempts()).hasSize(BURST).containsOnly(1);
    }

    @Test
    void twoDispatchersSharingABurstSendItInTheOrderItFellDue() throws Exception {
        // each parcel falls due a little after the one before (the clock runs), before every other test's reminders
        clock.set("2026-06-01T08:45:00+08:00");
        clock.run();
        String property = "PACE-ORDER";
        Fixtures.property(property);
        Fixtures.unit(property, UNIT);
        List<String> phones = Fixtures.residentsWithParcels(property, UNIT, 8, "+86150000003%02d", "order");
        // the first dispatcher claims the earliest batch (the suite's batch is 7 reminders) and is slow to reserve
        // its slots (a pause, a slow round trip); the second claims the next batch meanwhile
        firstReservationTakes(Duration.ofMillis(400));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> Fixtures.dispatch(dispatcher, "order-a"));
        Thread.sleep(100);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> Fixtures.dispatch(dispatcher, "order-b"));
        first.get();
        second.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sent(phones).size() < phones.size() && System.nanoTime() < deadline) {
            Thread.sleep(600);
            Fixtures.dispatch(dispatcher, "order-a");
        }

        assertThat(sent(phones)).extracting(Arrival::to).containsExactlyElementsOf(phones);
    }

    /** Paces senders for the running test, the first reservation taking {@code pause} longer in the database. */
    static void firstReservationTakes(Duration pause) {
        AtomicBoolean first = new AtomicBoolean(true);
        QuarkusMock.installMockForType(new PacedForTheTest() {
            @Override
            public Uni<List<Instant>> reserve(String sender, Instant now, Duration interval, int count) {
                Uni<List<Instant>> reserved = super.reserve(sender, now, interval, count);
                return !first.getAndSet(false) ? reserved : Panache.getSession()
                        .flatMap(session -> session.createNativeQuery("select 1 from pg_sleep(:seconds)", Integer.class)
                                .setParameter("seconds", pause.toMillis() / 1000.0)
                                .getSingleResult())
                        .flatMap(slept -> reserved);
            }
        }, SendPace.class);
    }

    @Test
    void aRoundDoesNotWaitForMessagesHeldForASlotFurtherThanARoundAway() throws Throwable {
        // a round that waited for them claimed the next slots only after they passed: late, and out of order with
        // another worker's (bench/: 3,114 of 4,500 SMS out of order at 100/s); before every other test's reminders
        clock.set("2026-06-01T08:40:00+08:00");
        clock.run();
        Duration away = Duration.ofMillis(800); // within the longest hold, so held in memory, not in the table
        everySlotAt(now -> now.plus(away));
        String phone = "+8615000000401";
        long resident = Fixtures.resident(PROPERTY, UNIT, "Held Over", phone, "held@example.com", "en");
        Fixtures.parcel(PROPERTY, UNIT, resident, "PACE-HELD");
        Instant roundStart = clock.now();

        List<CompletableFuture<Void>> held = new ArrayList<>();
        VertxContextSupport.subscribeAndAwait(() -> dispatcher.claimAndSend("pace", held::add));

        assertThat(TwilioRequests.messagesTo(phone)).as("still waiting for its slot when the round ended").isEmpty();
        assertThat(Duration.between(roundStart, clock.now())).isLessThan(away);
        assertThat(held).hasSize(1);
        held.get(0).get(10, TimeUnit.SECONDS);
        assertThat(TwilioRequests.messagesTo(phone)).hasSize(1);
        assertThat(Duration.between(roundStart, clock.now())).isGreaterThanOrEqualTo(away);
    }

    @Test
    void aSlotLessThanAMillisecondAwayIsWaitedForNotAFailureOfTheBatch() {
        // timers take whole milliseconds: a wait of half of one once failed the whole batch, and what it had sent
        // went out again when the claim lapsed; the clock stands still, so every slot is exactly 0.5 ms away (and
        // before every other test's reminders, so only this one is due)
        clock.set("2026-06-01T09:00:00+08:00");
        everySlotAt(now -> now.plusNanos(500_000));
        String phone = "+8615000000099";
        long resident = Fixtures.resident(PROPERTY, UNIT, "Half A Millisecond", phone, "half@example.com", "en");
        Fixtures.parcel(PROPERTY, UNIT, resident, "PACE-HALF");

        Fixtures.dispatch(dispatcher, "pace");

        assertThat(TwilioRequests.messagesTo(phone)).hasSize(1);
    }

    @Test
    void messagesWhoseSlotsPassedWhileTheyWaitedLeaveOneIntervalApartNotAllAtOnce() {
        // a late round finds several slots already passed: sending them all at once would outrun the provider
        clock.set("2026-06-01T08:30:00+08:00"); // before every other test's reminders, so only these are due
        everySlotAt(now -> now.minusSeconds(5));
        String property = "PACE-LATE";
        Fixtures.property(property);
        Fixtures.unit(property, UNIT);
        List<String> phones = List.of("+8615000000201", "+8615000000202");
        for (String phone : phones) {
            long resident = Fixtures.resident(property, UNIT, "Late " + phone, phone, phone.substring(1) + "@example.com", "en");
            Fixtures.parcel(property, UNIT, resident, "LATE" + phone);
        }

        Instant roundStarted = Instant.now();
        Fixtures.dispatch(dispatcher, "pace");

        List<Arrival> sent = sent(phones);
        assertThat(sent).hasSize(2);
        // the first leaves at once, the second one interval later (measured from the round's start, not from the
        // first arrival: the first call of a cold client can take half a second of that gap at the stand-in)
        assertThat(sent.get(1).at()).isAfter(sent.get(0).at());
        assertThat(Duration.between(roundStarted, sent.get(1).at())).isGreaterThanOrEqualTo(config.pacing().interval());
    }

    /** Paces senders for the running test, every slot a reservation hands out being {@code slot} of its now. */
    static void everySlotAt(UnaryOperator<Instant> slot) {
        QuarkusMock.installMockForType(new PacedForTheTest() {
            @Override
            public Uni<List<Instant>> reserve(String sender, Instant now, Duration interval, int count) {
                return Uni.createFrom().item(Collections.nCopies(count, slot.apply(now)));
            }
        }, SendPace.class);
    }

    private static List<Arrival> sent(List<String> phones) {
        return TwilioRequests.messageArrivals().stream().filter(a -> phones.contains(a.to())).toList();
    }

    /** How many tries each of the burst's SMS reminders counts. */
    private static List<Integer> smsAttempts() throws Exception {
        try (var db = database();
             var query = db.prepareStatement("""
                     select reminder.attempts from reminder
                       join follow_up on follow_up.id = reminder.follow_up_id
                      where follow_up.property_code = ? and reminder.channel = 'SMS' and reminder.status = 'SENT'""")) {
            query.setString(1, PROPERTY);
            List<Integer> attempts = new ArrayList<>();
            var rows = query.executeQuery();
            while (rows.next()) {
                attempts.add(rows.getInt(1));
            }
            return attempts;
        }
    }

    static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:" + ConfigProvider.getConfig()
                .getValue("quarkus.datasource.reactive.url", String.class), "postgres", "");
    }

    /** The burst's SMS that waited for their slot in the table (sent since): phone and slot, in slot order. */
    private static List<Map.Entry<String, Instant>> slotsKeptInTheTable() throws Exception {
        try (var db = database();
             var query = db.prepareStatement("""
                     select resident.phone, reminder.paced_until from reminder
                       join follow_up on follow_up.id = reminder.follow_up_id
                       join resident on resident.id = follow_up.resident_id
                      where follow_up.property_code = ? and reminder.channel = 'SMS'
                        and reminder.paced_until is not null
                      order by reminder.paced_until""")) {
            query.setString(1, PROPERTY);
            List<Map.Entry<String, Instant>> waiting = new ArrayList<>();
            var rows = query.executeQuery();
            while (rows.next()) {
                waiting.add(Map.entry(rows.getString(1), rows.getTimestamp(2).toInstant()));
            }
            return waiting;
        }
    }
}
