package io.frontdesk.notify.parcel;

import static io.frontdesk.notify.testing.WorkedExamples.TUESDAY_FROM_1405;
import static io.frontdesk.notify.testing.WorkedExamples.concat;
import static io.frontdesk.notify.testing.WorkedExamples.fullWeekday;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioSignatures;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

/**
 * A parcel from the front desk to the tenant's phone and inbox: R-PARCEL-1 at once, R-PARCEL-3 retries on
 * the documented cadence through the real dispatcher, the Twilio stand-in and GreenMail.
 */
@QuarkusTest
class ParcelJourneyTest {

    static final String PROPERTY = "JRN";
    static final String UNIT = "1203";
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    @Test
    void aRegisteredParcelReachesTheTenantAtOnceBySmsAndEmailInChinese() throws Exception {
        clock.set("2026-11-24T14:05:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "王小明", "138 0013 8001", "wang@example.com", "zh-CN");
        Fixtures.parcel(PROPERTY, UNIT, resident, "EA123456789CN");

        Fixtures.dispatch(dispatcher, "journey");

        List<Map<String, String>> sms = TwilioRequests.messagesTo("+8613800138001");
        assertThat(sms).hasSize(1);
        Map<String, String> form = sms.get(0);
        assertThat(form.get("From")).isEqualTo(StandIns.FROM_NUMBER);
        assertThat(form.get("Body")).contains("快件").contains("1203").contains("http://localhost:8080/a/");
        assertThat(form.get("StatusCallback")).isEqualTo("http://localhost:8080/api/twilio/status");

        MimeMessage[] mail = StandIns.smtp().getReceivedMessagesForDomain("wang@example.com");
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).contains("快件");
        assertThat(mail[0].getAllRecipients()[0].toString()).isEqualTo("wang@example.com");
    }

    @Test
    void unacknowledgedRetriesFollowTheDocumentedCadenceThroughRealDispatch() {
        // R-PARCEL-3 worked example 1: registered Tuesday 14:05, never acknowledged
        clock.set("2026-11-24T14:05:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "李雷", "138 0013 8002", "lilei@example.com", "zh-CN");
        Fixtures.parcel(PROPERTY, UNIT, resident, "EA000000002CN");

        List<String> sent = runClockUntil("2026-11-26T00:00:00+08:00", "+8613800138002", Map.of());

        assertThat(sent).containsExactlyElementsOf(concat(TUESDAY_FROM_1405, fullWeekday("2026-11-25")));
    }

    @Test
    void anAcknowledgementStopsOnlyThatDaysRetries() {
        // R-PARCEL-3 worked example 2: acknowledged Tuesday 15:30, retries resume Wednesday 08:20
        clock.set("2026-11-24T14:05:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "韩梅梅", "138 0013 8003", "han@example.com", "zh-CN");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "EA000000003CN");

        List<String> sent = runClockUntil("2026-11-25T10:00:00+08:00", "+8613800138003",
                Map.of("2026-11-24T15:30", () -> given().post("/api/parcels/{id}/acknowledge", parcel)
                        .then().statusCode(200)));

        assertThat(sent).containsExactly("2026-11-24T14:05", "2026-11-24T15:05", "2026-11-25T08:20", "2026-11-25T09:20");
    }

    @Test
    void aReplyOfOneBySmsAcknowledgesLikeTheLink() {
        clock.set("2026-11-24T14:05:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "Tom Smith", "138 0013 8004", "tom@example.com", "en");
        Fixtures.parcel(PROPERTY, UNIT, resident, "EA000000004CN");

        List<String> sent = runClockUntil("2026-11-25T09:00:00+08:00", "+8613800138004",
                Map.of("2026-11-24T16:30", () -> given().contentType(ContentType.URLENC)
                        .formParams(TwilioSignatures.signed("/api/twilio/sms",
                                Map.of("From", "+8613800138004", "Body", " ok ", "MessageSid", "SMin1")))
                        .header("X-Twilio-Signature", TwilioSignatures.signature("/api/twilio/sms",
                                Map.of("From", "+8613800138004", "Body", " ok ", "MessageSid", "SMin1")))
                        .post("/api/twilio/sms")
                        .then().statusCode(200).contentType("text/xml")));

        assertThat(sent).containsExactly("2026-11-24T14:05", "2026-11-24T15:05", "2026-11-24T16:05", "2026-11-25T08:20");
        assertThat(TwilioRequests.messagesTo("+8613800138004").get(0).get("Body")).startsWith("[Tower JRN] Your express item");
    }

    @Test
    void collectionCancelsEveryPlannedReminder() {
        // R-PARCEL-3 worked example 4: collected Wednesday 10:00, nothing after
        clock.set("2026-11-24T14:05:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "张伟", "138 0013 8005", "zhang@example.com", "zh-CN");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "EA000000005CN");

        List<String> sent = runClockUntil("2026-11-26T12:00:00+08:00", "+8613800138005",
                Map.of("2026-11-25T10:00", () -> given().contentType(ContentType.JSON)
                        .body(Map.of("collectedBy", "张伟", "handedOverBy", "desk-anna"))
                        .post("/api/parcels/{id}/collection", parcel)
                        .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("COLLECTED"))
                        .body("nextReminders", org.hamcrest.Matchers.empty())));

        assertThat(sent).containsExactlyElementsOf(concat(TUESDAY_FROM_1405, List.of("2026-11-25T08:20", "2026-11-25T09:20")));
    }

    /**
     * Steps the clock in 5-minute ticks (every due time of the examples is on one), dispatching at each, and
     * returns the local times at which an SMS to {@code phone} went out. {@code actions} run at their tick.
     */
    private List<String> runClockUntil(String end, String phone, Map<String, Runnable> actions) {
        List<String> sentAt = new ArrayList<>();
        java.time.Instant stop = java.time.OffsetDateTime.parse(end).toInstant();
        int seen = TwilioRequests.messagesTo(phone).size();
        while (clock.now().isBefore(stop)) {
            String now = LOCAL.format(clock.now().atZone(SHANGHAI));
            if (actions.containsKey(now)) {
                actions.get(now).run();
            }
            Fixtures.dispatch(dispatcher, "journey");
            int count = TwilioRequests.messagesTo(phone).size();
            for (int i = seen; i < count; i++) {
                sentAt.add(now);
            }
            seen = count;
            clock.advance(Duration.ofMinutes(5));
        }
        return sentAt;
    }

}
