package io.frontdesk.notify.engine.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.frontdesk.notify.testing.TwilioSignatures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** What tenants and Twilio send back: the acknowledgement link, inbound SMS and delivery status callbacks. */
@QuarkusTest
class WebhookAndAcknowledgementTest {

    static final String PROPERTY = "WHK";
    static final String UNIT = "505";
    static final String PROBLEM = "application/problem+json";
    static final Pattern ACK_LINK = Pattern.compile("http://localhost:8080/a/([A-Za-z0-9_-]+)$");
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void property() {
        clock.set("2026-11-24T14:05:00+08:00");
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    /** Phones 139 0013 0xxx belong to this class alone. */
    static String e164(int n) {
        return String.format("+861390013%04d", n);
    }

    /** A parcel registered and announced (Tuesday 14:05); its parcel view. */
    JsonPath announcedParcel(int person, String name) {
        long resident = Fixtures.resident(PROPERTY, UNIT, name, String.format("139 0013 %04d", person),
                "r" + person + "@whk.example.com", "zh-CN");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "EA30000" + person + "CN");
        Fixtures.dispatch(dispatcher, "webhook-test");
        assertThat(TwilioRequests.messagesTo(e164(person))).hasSize(1);
        return given().get("/api/parcels/{id}", parcel).then().statusCode(200).extract().jsonPath();
    }

    static String ackToken(int person) {
        String body = TwilioRequests.messagesTo(e164(person)).get(0).get("Body");
        Matcher m = ACK_LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    static JsonPath followUp(long id) {
        return given().get("/api/follow-ups/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    static ValidatableResponse signedPost(String path, Map<String, String> params) {
        return given().contentType(ContentType.URLENC)
                .formParams(TwilioSignatures.signed(path, params))
                .header("X-Twilio-Signature", TwilioSignatures.signature(path, params))
                .post(path)
                .then().log().ifValidationFails();
    }

    // --- the link in the message ---------------------------------------------------------------------------

    @Test
    void openingTheLinkShowsAFormButDoesNotAcknowledge() {
        // link previews and mail scanners open links; only the tenant's press counts (R-PARCEL-3 "a link")
        long followUpId = announcedParcel(1, "林一").getLong("followUpId");
        String token = ackToken(1);

        String page = given().get("/a/{token}", token).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();

        assertThat(page).contains("<form method=\"post\" action=\"/a/" + token + "\"");
        assertThat(followUp(followUpId).getString("acknowledgedAt")).isNull();
    }

    @Test
    void pressingTheButtonAcknowledgesAndStopsOnlyTodaysRetries() {
        // R-PARCEL-3: the recipient was reached by the link; the next retry is tomorrow at desk opening
        long followUpId = announcedParcel(2, "林二").getLong("followUpId");
        clock.set("2026-11-24T14:40:00+08:00");

        String page = given().post("/a/{token}", ackToken(2)).then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();

        assertThat(page).contains("已确认收到").doesNotContain("<form");
        JsonPath story = followUp(followUpId);
        assertThat(story.getString("acknowledgedAt")).isEqualTo("2026-11-24T06:40:00Z");
        assertThat(story.getList("reminders.findAll { it.status == 'PLANNED' && it.step == 'phone-retry' }.dueAt",
                String.class)).containsExactly("2026-11-25T00:20:00Z"); // Wednesday 08:20
    }

    @Test
    void anUnknownLinkIsNotFound() {
        given().get("/a/{token}", "no-such-token").then().statusCode(404).contentType(PROBLEM)
                .body("errors[0].field", equalTo("token"));
        given().post("/a/{token}", "no-such-token").then().statusCode(404).contentType(PROBLEM);
    }

    // --- inbound SMS -----------------------------------------------------------------------------------------

    @Test
    void anInboundSmsWithoutOrWithAWrongSignatureIsForbiddenAndChangesNothing() {
        JsonPath parcel = announcedParcel(3, "林三");
        long resident = parcel.getLong("residentId");
        Map<String, String> stop = Map.of("From", e164(3), "Body", "STOP", "MessageSid", "SMwhk3a");
        Map<String, String> ack = Map.of("From", e164(3), "Body", "1", "MessageSid", "SMwhk3b");

        given().contentType(ContentType.URLENC).formParams(ack)
                .post("/api/twilio/sms")
                .then().statusCode(403).contentType(PROBLEM)
                .body("errors[0].field", equalTo("X-Twilio-Signature"));
        given().contentType(ContentType.URLENC).formParams(stop)
                .header("X-Twilio-Signature", TwilioSignatures.signature("/api/twilio/sms", ack))
                .post("/api/twilio/sms")
                .then().statusCode(403).contentType(PROBLEM);

        assertThat(followUp(parcel.getLong("followUpId")).getString("acknowledgedAt")).isNull();
        given().get("/api/properties/{code}/residents/{id}", PROPERTY, resident).then().statusCode(200)
                .body("smsOptedOut", equalTo(false));
    }

    @Test
    void stopOptsTheResidentOutOfSmsAndTheNextRetryGoesByAnotherChannel() {
        JsonPath parcel = announcedParcel(4, "林四");
        long resident = parcel.getLong("residentId");

        signedPost("/api/twilio/sms", Map.of("From", e164(4), "Body", "stop", "MessageSid", "SMwhk4"))
                .statusCode(200).contentType("text/xml")
                .body(containsString("<Message>"));
        given().get("/api/properties/{code}/residents/{id}", PROPERTY, resident).then().statusCode(200)
                .body("smsOptedOut", equalTo(true));

        // the default phone-retry step delivers on the FIRST of SMS, VOICE, EMAIL that reaches the person
        clock.set("2026-11-24T15:05:00+08:00");
        Fixtures.dispatch(dispatcher, "webhook-test");

        assertThat(TwilioRequests.messagesTo(e164(4))).hasSize(1);
        List<Map<String, Object>> deliveries = followUp(parcel.getLong("followUpId")).getList("deliveries");
        Map<String, Object> latest = deliveries.get(deliveries.size() - 1);
        assertThat(latest.get("channel")).isIn("VOICE", "EMAIL");
        assertThat(latest.get("createdAt")).isEqualTo("2026-11-24T07:05:00Z");
        assertThat(deliveries).filteredOn(d -> "SMS".equals(d.get("channel"))).hasSize(1);
        if ("VOICE".equals(latest.get("channel"))) {
            assertThat(TwilioRequests.callsTo(e164(4))).hasSize(1);
        }
    }

    @Test
    void anUnknownSenderGetsAnEmptyResponse() {
        signedPost("/api/twilio/sms", Map.of("From", e164(9999), "Body", "1", "MessageSid", "SMwhk9999"))
                .statusCode(200).contentType("text/xml")
                .body(equalTo(EMPTY_TWIML));
    }

    // --- status callbacks ----------------------------------------------------------------------------------

    @Test
    void aSignedStatusCallbackUpdatesTheDeliveryAndAnUnsignedOneDoesNot() {
        long followUpId = announcedParcel(5, "林五").getLong("followUpId");
        Map<String, Object> sms = smsDelivery(followUpId);
        assertThat(sms.get("providerId")).isEqualTo(StandIns.MESSAGE_SID);
        Map<String, String> delivered = Map.of("MessageSid", StandIns.MESSAGE_SID, "MessageStatus", "delivered",
                "AccountSid", StandIns.ACCOUNT_SID);

        given().contentType(ContentType.URLENC).formParams(delivered)
                .header("X-Twilio-Signature", "d3Jvbmc=")
                .post("/api/twilio/status")
                .then().statusCode(403).contentType(PROBLEM);
        assertThat(smsDelivery(followUpId).get("status")).isNotEqualTo("delivered");

        signedPost("/api/twilio/status", delivered).statusCode(204);

        assertThat(smsDelivery(followUpId).get("status")).isEqualTo("delivered");
    }

    @Test
    void aStatusCallbackWithoutAMessageSidIsAProblemNamingIt() {
        signedPost("/api/twilio/status", Map.of("MessageStatus", "delivered"))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("MessageSid"));
    }

    private static Map<String, Object> smsDelivery(long followUpId) {
        List<Map<String, Object>> sms = followUp(followUpId).getList("deliveries.findAll { it.channel == 'SMS' }");
        assertThat(sms).hasSize(1);
        return sms.get(0);
    }

    @Test
    void theFollowUpOfAnUnknownIdIsNotFound() {
        given().get("/api/follow-ups/{id}", 987_654_321L).then().statusCode(404).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"))
                .body("detail", not(nullValue()));
    }

    @Test
    void helpAnswersWithTheDeskHoursAndChangesNothing() {
        long followUpId = announcedParcel(9, "何九").getLong("followUpId");

        String reply = signedPost("/api/twilio/sms", Map.of("From", e164(9), "Body", "HELP", "MessageSid", "SMhelp9"))
                .statusCode(200).extract().asString();

        assertThat(reply).contains("<Message>").contains("08:20-12:00,14:30-18:00").contains("回复1");
        assertThat(followUp(followUpId).getString("acknowledgedAt")).isNull();
    }
}
