package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.frontdesk.notify.testing.TwilioRequests.Arrival;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
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
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        pacingOn();
    }

    /** Paces senders for the running test only (QuarkusMock's mock goes with the test), while the suite runs without. */
    static void pacingOn() {
        QuarkusMock.installMockForType(new SendPace() {
            @Override
            public boolean enabled() {
                return true;
            }
        }, SendPace.class);
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
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String phone = String.format("+86150000000%02d", i);
            phones.add(phone);
            long resident = Fixtures.resident(PROPERTY, UNIT, "Paced " + i, phone, "paced" + i + "@example.com", "en");
            Fixtures.parcel(PROPERTY, UNIT, resident, "PACE" + i);
        }

        Instant start = clock.now();
        Fixtures.dispatch(dispatcher, "pace");
        List<Map.Entry<String, Instant>> waiting = waitingInTheTable();
        // slots further away than the longest hold are kept in the table, one interval apart, not held in memory
        assertThat(waiting).isNotEmpty().allSatisfy(w ->
                assertThat(w.getValue()).isAfter(start.plus(config.pacing().longestHold())));
        for (int i = 1; i < waiting.size(); i++) {
            assertThat(Duration.between(waiting.get(i - 1).getValue(), waiting.get(i).getValue())).isEqualTo(interval);
        }

        // the scheduler's ticks, more often than its default second so the test takes no longer than the pace
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sent(phones).size() < BURST && System.nanoTime() < deadline) {
            Fixtures.dispatch(dispatcher, "pace");
            Thread.sleep(100);
        }

        List<Arrival> sent = sent(phones);
        assertThat(sent).extracting(Arrival::to).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(waitingInTheTable()).isEmpty();
        // what waited in the table went in the order of its slots, none before its slot, none long after
        List<Arrival> paced = sent.subList(BURST - waiting.size(), BURST);
        assertThat(paced).extracting(Arrival::to).containsExactlyElementsOf(waiting.stream().map(Map.Entry::getKey).toList());
        Duration wallToClock = Duration.between(Instant.now(), clock.now());
        for (int i = 0; i < paced.size(); i++) {
            Instant arrived = paced.get(i).at().plus(wallToClock);
            Instant slot = waiting.get(i).getValue();
            assertThat(arrived).as("SMS to %s", paced.get(i).to())
                    .isAfterOrEqualTo(slot.minusMillis(5)) // WireMock logs whole milliseconds
                    .isBefore(slot.plusSeconds(2));
        }
    }

    private static List<Arrival> sent(List<String> phones) {
        return TwilioRequests.messageArrivals().stream().filter(a -> phones.contains(a.to())).toList();
    }

    /** The burst's SMS that wait for their slot in the table: phone and slot, in the order of their slots. */
    private static List<Map.Entry<String, Instant>> waitingInTheTable() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:" + ConfigProvider.getConfig()
                .getValue("quarkus.datasource.reactive.url", String.class), "postgres", "");
             var query = db.prepareStatement("""
                     select resident.phone, reminder.paced_until from reminder
                       join follow_up on follow_up.id = reminder.follow_up_id
                       join resident on resident.id = follow_up.resident_id
                      where follow_up.property_code = ? and reminder.channel = 'SMS'
                        and reminder.status = 'PLANNED' and reminder.paced_until is not null
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
