package io.frontdesk.notify.engine.dispatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A message whose claim lapsed before its provider call is not handed over (issue 6): past the lease another
 * dispatcher may claim its reminders and send them, so sending it as well could send them twice. Its delivery reads
 * abandoned, and its reminders go out once, on the next claim.
 *
 * <p>A prepared message waits before its provider call for a place among the batch's concurrent sends, or for its
 * sender's pace slot. The suite's batches (7) are smaller than the concurrency (8), so here it waits for a slot:
 * pacing is on for this test (as in {@link PacedDispatchTest}) and the Twilio sender's next free slot is as far away
 * as a message is held for. The clock passes the lease as soon as the reminder is claimed: whether that is before the
 * batch is prepared (the slot is then due at once) or while the SMS waits, it is after the claim and before the
 * provider call. The same dispatch then claims the reminder anew and sends it: without the guard the lapsed claim's
 * message would be the one handed over, and no delivery would read abandoned.
 */
@QuarkusTest
class LapsedClaimTest {

    static final String PROPERTY = "LAPSE";
    static final String UNIT = "1102";
    static final String PHONE = "+8615200000001";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    FrontdeskConfig config;

    @Inject
    ChannelSenders senders;

    long parcel;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        PacedDispatchTest.pacingOn();
    }

    /** The parcel is collected, so none of this test's reminders is due in a later test's dispatch. */
    @AfterEach
    void collected() {
        given().contentType(ContentType.JSON)
                .body(Map.of("collectedBy", "Lapse Tenant", "handedOverBy", "desk-lee"))
                .post("/api/parcels/{id}/collection", parcel).then().statusCode(200);
    }

    @Test
    void anSmsWhoseClaimLapsedWhileItWaitedForItsSlotIsNotSentAndGoesOutOnceOnANewClaim() throws Exception {
        // before every other test's reminders, so only this one is due; without an email address the SMS is the only
        // message of the batch, and nothing else is sent at once while the clock moves
        clock.set("2026-05-20T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Lapse Tenant", PHONE, "", "en");
        parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "LAPSE1");
        senderBusyFor(config.pacing().longestHold());

        CompletableFuture<Integer> dispatching = CompletableFuture.supplyAsync(() -> Fixtures.dispatch(dispatcher, "lapsing"));
        await("the reminder claimed").pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(10))
                .until(() -> "CLAIMED".equals(smsReminder().get("status")));
        clock.advance(config.dispatcher().lease().plusMinutes(1));
        dispatching.get(30, TimeUnit.SECONDS);

        // the dispatcher claims again until nothing is due: the lapsed claim's reminder goes out on a new claim
        assertThat(smsDeliveries()).as("the lapsed claim's message never handed over, the new claim's sent")
                .extracting(d -> d.get("status")).containsExactly("abandoned", "queued");
        assertThat(smsDeliveries().get(0)).hasEntrySatisfying("error",
                error -> assertThat((String) error).startsWith("not sent: the claim lapsed"));
        assertThat(TwilioRequests.messagesTo(PHONE)).as("sent once").hasSize(1);
        assertThat(smsReminder().get("status")).isEqualTo("SENT");

        Fixtures.dispatch(dispatcher, "next");
        assertThat(TwilioRequests.messagesTo(PHONE)).as("nothing left to send").hasSize(1);
    }

    /** The Twilio sender's next free slot is {@code wait} away, whatever pace other tests left it with. */
    private void senderBusyFor(Duration wait) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:" + ConfigProvider.getConfig()
                .getValue("quarkus.datasource.reactive.url", String.class), "postgres", "");
             var busy = db.prepareStatement("""
                     insert into send_pace (sender, next_slot) values (?, ?)
                     on conflict (sender) do update set next_slot = excluded.next_slot""")) {
            busy.setString(1, senders.forChannel(Channel.SMS).paceKey());
            busy.setObject(2, OffsetDateTime.ofInstant(clock.now().plus(wait), ZoneOffset.UTC));
            busy.executeUpdate();
        }
    }

    /** The parcel's first phone reminder, the one due when the test starts. */
    private Map<String, Object> smsReminder() {
        return Fixtures.followUp(parcel).getMap("reminders.find { it.step == 'phone-retry' }");
    }

    private List<Map<String, Object>> smsDeliveries() {
        return Fixtures.followUp(parcel).getList("deliveries.findAll { it.channel == 'SMS' }");
    }
}
