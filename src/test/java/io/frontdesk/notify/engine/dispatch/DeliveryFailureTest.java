package io.frontdesk.notify.engine.dispatch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** A send that fails is never silent: it falls back to the next channel, or waits out a provider outage. */
@QuarkusTest
class DeliveryFailureTest {

    static final String PROPERTY = "FAIL";
    static final String UNIT = "303";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    StubMapping stub;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    @AfterEach
    void removeStub() {
        if (stub != null) {
            StandIns.twilio().removeStub(stub);
        }
    }

    @Test
    void aNumberTwilioRefusesForGoodFallsBackToVoiceThenEmail() {
        String phone = "+8613300000001";
        stub = StandIns.twilio().stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/(Messages|Calls)\\.json"))
                .atPriority(1).withRequestBody(containing("To=%2B8613300000001"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21211, \"message\": \"The 'To' number is not valid.\", \"status\": 400}")));
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Invalid Number", phone, "fallback@example.com", "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "FB1");

        for (int i = 0; i < 3; i++) {
            Fixtures.dispatch(dispatcher, "failures");
        }

        assertThat(TwilioRequests.messagesTo(phone)).hasSize(1);
        assertThat(TwilioRequests.callsTo(phone)).hasSize(1);
        // the arrival email, and the phone retry's fallback email
        assertThat(StandIns.smtp().getReceivedMessagesForDomain("fallback@example.com")).hasSize(2);
        JsonPath history = Fixtures.followUp(parcel);
        List<Map<String, Object>> retries = history.getList("reminders.findAll { it.step == 'phone-retry' }");
        assertThat(retries).extracting(r -> r.get("channel") + ":" + r.get("status"))
                .containsExactly("SMS:FAILED", "VOICE:FAILED", "EMAIL:SENT", "SMS:PLANNED");
        assertThat(history.getList("deliveries.status", String.class)).contains("failed", "accepted");
    }

    @Test
    void aProviderOutageParksRemindersUntilItReturnsAndNeverGivesUp() {
        String phone = "+8613300000002";
        stub = StandIns.twilio().stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages\\.json"))
                .atPriority(1).withRequestBody(containing("To=%2B8613300000002"))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20503, \"message\": \"Service unavailable\", \"status\": 503}")));
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Outage Tenant", phone, "outage@example.com", "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "OUT1");

        // more rounds than the dispatcher's attempts for ordinary failures (5): an outage is waited out
        for (int round = 0; round < 7; round++) {
            Fixtures.dispatch(dispatcher, "failures");
            clock.advance(Duration.ofMinutes(6));
        }
        Map<String, Object> parked = Fixtures.followUp(parcel).getMap("reminders.find { it.step == 'phone-retry' }");
        assertThat(parked.get("status")).isEqualTo("PLANNED");
        assertThat((String) parked.get("note")).startsWith("provider unavailable");
        assertThat(TwilioRequests.messagesTo(phone).size()).isGreaterThanOrEqualTo(7);

        StandIns.twilio().removeStub(stub);
        stub = null;
        int before = TwilioRequests.messagesTo(phone).size();
        clock.advance(Duration.ofMinutes(6));
        Fixtures.dispatch(dispatcher, "failures");

        assertThat(TwilioRequests.messagesTo(phone)).hasSize(before + 1);
        assertThat(Fixtures.followUp(parcel).getList("reminders.findAll { it.step == 'phone-retry' }.status", String.class))
                .contains("SENT");
    }

    @Test
    void aDispatcherThatWasDownSendsOneReminderNotEveryMissedRetry() {
        String phone = "+8613300000003";
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Late Tenant", phone, "late@example.com", "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "LATE1");
        Fixtures.dispatch(dispatcher, "failures");
        assertThat(TwilioRequests.messagesTo(phone)).hasSize(1);

        // nothing ran from Tuesday 10:00 to Wednesday 09:00: 17 retries were missed
        clock.set("2026-12-02T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "failures");

        assertThat(TwilioRequests.messagesTo(phone)).hasSize(2);
        assertThat(Fixtures.followUp(parcel).getList("reminders.findAll { it.status == 'PLANNED' }.dueAt", String.class))
                .containsExactly("2026-12-02T01:20:00Z"); // Wednesday 09:20, on the day's cadence
    }

    @Test
    void aMessageThatCannotBePreparedIsTriedAFewTimesThenMarkedFailedNotLostNorSpinning() throws Exception {
        clock.set("2026-12-03T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Broken Details", "+8613300000004", "broken@example.com", "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "BROKEN1");
        long followUp = given().get("/api/parcels/{id}", parcel).then().extract().jsonPath().getLong("followUpId");
        // the templates need the parcel's details; without them rendering fails before anything is sent
        try (var db = java.sql.DriverManager.getConnection("jdbc:" + org.eclipse.microprofile.config.ConfigProvider
                .getConfig().getValue("quarkus.datasource.reactive.url", String.class), "postgres", "");
             var update = db.prepareStatement("update follow_up set details = '{}' where id = ?")) {
            update.setLong(1, followUp);
            update.executeUpdate();
        }

        for (int round = 0; round < 7; round++) {
            Fixtures.dispatch(dispatcher, "failures");
            clock.advance(Duration.ofMinutes(20));
        }

        assertThat(TwilioRequests.messagesTo("+8613300000004")).isEmpty();
        List<Map<String, Object>> reminders = given().get("/api/follow-ups/{id}", followUp).then().extract()
                .jsonPath().getList("reminders");
        assertThat(reminders).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("FAILED");
            assertThat((String) r.get("note")).startsWith("could not prepare");
            assertThat((Integer) r.get("attempts")).isEqualTo(5);
        });
    }
}
