package io.frontdesk.notify.parcel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.engine.render.SmsSegments;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.Mails;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

/** The parcel log's REST surface: registration checks, hand-over, consent, lists, slips and bad input. */
@QuarkusTest
class ParcelResourceTest {

    static final String PROPERTY = "PRT";
    /** The supervisor digest gets a property of its own, so no other test's parcels join the list. */
    static final String DIGEST_PROPERTY = "PRT-SUP";
    static final String UNIT = "801";
    static final String OTHER_UNIT = "802";
    static final String PROBLEM = "application/problem+json";
    static final String TUESDAY_1000 = "2026-11-24T10:00:00+08:00";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void property() {
        clock.set(TUESDAY_1000);
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        Fixtures.unit(PROPERTY, OTHER_UNIT);
    }

    /** Phones 139 0011 0xxx and mail at prt.example.com belong to this class alone. */
    static long resident(String unit, String name, int n) {
        return Fixtures.resident(PROPERTY, unit, name, phone(n), "r" + n + "@prt.example.com", "zh-CN");
    }

    static String phone(int n) {
        return String.format("139 0011 %04d", n);
    }

    static String e164(int n) {
        return String.format("+861390011%04d", n);
    }

    static Map<String, Object> registration(String unit, Object residentId, Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("unit", unit, "residentId", residentId, "kind", "EXPRESS",
                "carrier", "EMS", "trackingNumber", "EA100000000CN", "registeredBy", "desk-lin"));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    static ValidatableResponse register(String property, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/{code}/parcels", property)
                .then().log().ifValidationFails();
    }

    static long registered(Map<String, Object> body) {
        return register(PROPERTY, body).statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<Long> parcelIds(String query) {
        return given().get("/api/properties/{code}/parcels" + query, PROPERTY)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().getList("id", Long.class);
    }

    // --- R-PARCEL-2: accept only for residents -----------------------------------------------------------

    @Test
    void anItemForAUnitThatIsNotManagedHereIsRefusedNamingTheUnitAndNothingIsWritten() {
        // R-PARCEL-2
        long neighbour = resident(OTHER_UNIT, "周杰", 1);
        List<Long> before = parcelIds("");

        register(PROPERTY, registration("9999", neighbour))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("unit"))
                .body("detail", containsString("R-PARCEL-2"));

        assertNothingWrittenFor(before, 1);
    }

    @Test
    void anItemForAResidentOfAnotherUnitIsRefusedNamingTheResident() {
        // R-PARCEL-2
        long neighbour = resident(OTHER_UNIT, "吴磊", 2);
        List<Long> before = parcelIds("");

        register(PROPERTY, registration(UNIT, neighbour))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("residentId"));

        assertNothingWrittenFor(before, 2);
    }

    @Test
    void anItemForAnUnknownResidentIsRefusedNamingTheResident() {
        // R-PARCEL-2
        List<Long> before = parcelIds("");

        register(PROPERTY, registration(UNIT, 987_654_321L))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("residentId"));

        assertThat(parcelIds("")).isEqualTo(before);
    }

    @Test
    void anItemForAResidentWhoMovedOutIsRefusedNamingTheResident() {
        // R-PARCEL-2: a former occupant is not a current one
        long movedOut = given().contentType(ContentType.JSON)
                .body(Map.of("unit", UNIT, "name", "郑爽", "phone", phone(3), "email", "r3@prt.example.com",
                        "movedIn", "2020-01-01", "movedOut", "2026-06-30"))
                .post("/api/properties/{code}/residents", PROPERTY)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> before = parcelIds("");

        register(PROPERTY, registration(UNIT, movedOut))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("residentId"))
                .body("detail", containsString("not a current occupant"));

        assertNothingWrittenFor(before, 3);
    }

    /** The log is unchanged and, once due reminders are sent, nothing went to the person. */
    private void assertNothingWrittenFor(List<Long> before, int person) {
        assertThat(parcelIds("")).isEqualTo(before);
        Fixtures.dispatch(dispatcher, "parcel-resource");
        assertThat(TwilioRequests.messagesTo(e164(person))).isEmpty();
        assertThat(StandIns.smtp().getReceivedMessagesForDomain("r" + person + "@prt.example.com")).isEmpty();
    }

    // --- R-PARCEL-5, -6, -4 ------------------------------------------------------------------------------

    @Test
    void collectionRecordsWhoCollectedWhenAndWhoHandedItOverAndASecondCollectionIsAConflict() {
        // R-PARCEL-5
        long resident = resident(UNIT, "冯程", 4);
        long parcel = registered(registration(UNIT, resident, "trackingNumber", "EA100000004CN"));
        clock.set("2026-11-24T17:45:00+08:00");

        given().contentType(ContentType.JSON)
                .body(Map.of("collectedBy", "冯程", "collectorIdNumber", "110101199001011234", "handedOverBy", "desk-lin"))
                .post("/api/parcels/{id}/collection", parcel)
                .then().statusCode(200)
                .body("status", equalTo("COLLECTED"))
                .body("collectedBy", equalTo("冯程"))
                .body("collectorIdNumber", equalTo("110101199001011234"))
                .body("handedOverBy", equalTo("desk-lin"))
                .body("collectedAt", equalTo("2026-11-24T09:45:00Z"));

        given().contentType(ContentType.JSON)
                .body(Map.of("collectedBy", "someone else", "handedOverBy", "desk-lin"))
                .post("/api/parcels/{id}/collection", parcel)
                .then().statusCode(409).contentType(PROBLEM);

        given().get("/api/parcels/{id}", parcel).then().statusCode(200)
                .body("collectedBy", equalTo("冯程"))
                .body("collectedAt", equalTo("2026-11-24T09:45:00Z"));
    }

    @Test
    void courierConsentIsRecordedForACourierItem() {
        // R-PARCEL-6
        long resident = resident(UNIT, "Mark Lee", 5);
        long parcel = registered(registration(UNIT, resident, "kind", "COURIER", "carrier", "DHL",
                "trackingNumber", "1234567890"));

        given().contentType(ContentType.JSON)
                .body(Map.of("consentBy", "Mark Lee", "method", "phone call"))
                .post("/api/parcels/{id}/courier-consent", parcel)
                .then().statusCode(200)
                .body("courierConsent.by", equalTo("Mark Lee"))
                .body("courierConsent.method", equalTo("phone call"))
                .body("courierConsent.at", equalTo("2026-11-24T02:00:00Z"));
    }

    @Test
    void courierConsentIsRefusedForItemsThatAreNotCourierItems() {
        // R-PARCEL-6: the desk signs on a resident's behalf only for DHL/FedEx/UPS-type couriers
        long resident = resident(UNIT, "褚明", 6);
        long parcel = registered(registration(UNIT, resident, "kind", "REGISTERED_LETTER"));

        given().contentType(ContentType.JSON)
                .body(Map.of("consentBy", "褚明", "method", "phone call"))
                .post("/api/parcels/{id}/courier-consent", parcel)
                .then().statusCode(409).contentType(PROBLEM)
                .body("errors.field", hasItem("kind"));

        given().get("/api/parcels/{id}", parcel).then().statusCode(200).body("courierConsent", nullValue());
    }

    @Test
    void theReasonAnItemWasNotHandedOverIsNoted() {
        // R-PARCEL-4
        long resident = resident(UNIT, "卫青", 7);
        long parcel = registered(registration(UNIT, resident));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "住户出差，电话无人接听"))
                .put("/api/parcels/{id}/not-handed-reason", parcel)
                .then().statusCode(200)
                .body("notHandedReason", equalTo("住户出差，电话无人接听"))
                .body("status", equalTo("WAITING"));

        given().contentType(ContentType.JSON).body(Map.of("reason", " "))
                .put("/api/parcels/{id}/not-handed-reason", parcel)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"));
    }

    // --- lists -------------------------------------------------------------------------------------------

    @Test
    void theLogCanBeFilteredByStatusUnitAndAge() {
        long inUnit = resident(UNIT, "蒋欣", 8);
        long inOther = resident(OTHER_UNIT, "沈腾", 9);
        long old = registered(registration(UNIT, inUnit, "trackingNumber", "EA100000081CN"));
        clock.set("2026-11-26T10:00:00+08:00");
        long collected = registered(registration(UNIT, inUnit, "trackingNumber", "EA100000082CN"));
        long other = registered(registration(OTHER_UNIT, inOther, "trackingNumber", "EA100000091CN"));
        given().contentType(ContentType.JSON).body(Map.of("collectedBy", "蒋欣", "handedOverBy", "desk-lin"))
                .post("/api/parcels/{id}/collection", collected).then().statusCode(200);

        assertThat(parcelIds("?status=WAITING")).contains(old, other).doesNotContain(collected);
        assertThat(parcelIds("?status=collected")).contains(collected).doesNotContain(old, other);
        assertThat(parcelIds("?unit=" + OTHER_UNIT)).contains(other).doesNotContain(old, collected);
        assertThat(parcelIds("?minAgeDays=2")).contains(old).doesNotContain(collected, other);
        assertThat(parcelIds("?minAgeDays=0")).contains(old, collected, other);
        // newest first
        List<Long> all = parcelIds("");
        assertThat(all.indexOf(other)).isLessThan(all.indexOf(old));
    }

    @Test
    void aBadStatusOrAgeFilterIsAProblemNamingTheParameter() {
        given().get("/api/properties/{code}/parcels?status=LOST", PROPERTY)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("status"));
        given().get("/api/properties/{code}/parcels?minAgeDays=three", PROPERTY)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("minAgeDays"));
        given().get("/api/properties/{code}/parcels?minAgeDays=-1", PROPERTY)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("minAgeDays"));
    }

    // --- the notice slip and the supervisor's list ---------------------------------------------------------

    @Test
    void theNoticeSlipIsAPrintablePageWithTheUnitAndTrackingNumber() {
        // R-PARCEL-3: a written notice slip (快件通知單) may go in the mailbox instead
        long resident = resident(UNIT, "韩雪", 10);
        long parcel = registered(registration(UNIT, resident, "trackingNumber", "EA100000010CN"));

        String html = given().get("/api/parcels/{id}/slip", parcel)
                .then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();

        // zh-CN (the default locale) writes the rule's 快件通知單 in simplified characters, as every template does
        assertThat(html).contains("快件通知单").contains(UNIT).contains("EA100000010CN").contains("韩雪");
    }

    @Test
    void theNoticeSlipShowsTheDeskHoursOfTheDayItIsPrinted() {
        // R-DESK-1: a slip printed on Saturday 2026-11-28 gives the weekend hours, by the service's clock
        clock.set("2026-11-28T10:00:00+08:00");
        long resident = resident(UNIT, "韩梅", 18);
        long parcel = registered(registration(UNIT, resident, "trackingNumber", "EA100000018CN"));

        String saturday = given().get("/api/parcels/{id}/slip", parcel).then().statusCode(200).extract().asString();
        clock.set("2026-11-30T10:00:00+08:00");
        String monday = given().get("/api/parcels/{id}/slip", parcel).then().statusCode(200).extract().asString();

        assertThat(saturday).contains("09:00-12:00,14:30-17:30");
        assertThat(monday).contains("08:20-12:00,14:30-18:00");
    }

    @Test
    void theSupervisorsListShowsAnItemFromTheThirdDayAfterArrivalAndNotBefore() {
        // R-PARCEL-7: arrived Tuesday 2026-11-24, listed from Friday 2026-11-27
        long resident = resident(UNIT, "杨幂", 11);
        long parcel = registered(registration(UNIT, resident, "trackingNumber", "EA100000011CN"));

        List<Long> thursday = given().get("/api/properties/{code}/parcels/uncollected?asOf=2026-11-26", PROPERTY)
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath().getList("id", Long.class);
        assertThat(thursday).doesNotContain(parcel);

        given().get("/api/properties/{code}/parcels/uncollected?asOf=2026-11-27", PROPERTY)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", hasItem((int) parcel))
                .body("find { it.id == " + parcel + " }.trackingNumber", equalTo("EA100000011CN"));

        String page = given().accept(ContentType.HTML)
                .get("/api/properties/{code}/parcels/uncollected?asOf=2026-11-27", PROPERTY)
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("未领取").contains("EA100000011CN").contains(UNIT).contains("杨幂");

        String earlyPage = given().accept(ContentType.HTML)
                .get("/api/properties/{code}/parcels/uncollected?asOf=2026-11-26", PROPERTY)
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(earlyPage).doesNotContain("EA100000011CN");
    }

    @Test
    void aBadDateForTheSupervisorsListIsAProblemNamingIt() {
        given().get("/api/properties/{code}/parcels/uncollected?asOf=2026-02-30", PROPERTY)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void theSupervisorGetsOneEmailListingEveryItemFromTheThirdDayThroughRealDispatch() throws Exception {
        // R-PARCEL-7: from the 3rd day after arrival, at desk opening, one message listing every such item
        Fixtures.property(DIGEST_PROPERTY);
        Fixtures.unit(DIGEST_PROPERTY, "1501");
        Fixtures.unit(DIGEST_PROPERTY, "1502");
        String supervisor = "supervisor@prt-sup.example.com";
        Fixtures.staff(DIGEST_PROPERTY, "SUPERVISOR", "刘主管", phone(100), supervisor);
        long first = Fixtures.resident(DIGEST_PROPERTY, "1501", "孙俪", phone(101), "r101@prt.example.com", "zh-CN");
        long second = Fixtures.resident(DIGEST_PROPERTY, "1502", "邓超", phone(102), "r102@prt.example.com", "zh-CN");
        clock.set(TUESDAY_1000);
        Fixtures.parcel(DIGEST_PROPERTY, "1501", first, "SF1501000001");
        clock.set("2026-11-24T16:30:00+08:00");
        Fixtures.parcel(DIGEST_PROPERTY, "1502", second, "SF1502000002");

        clock.set("2026-11-26T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "parcel-resource");
        assertThat(StandIns.smtp().getReceivedMessagesForDomain(supervisor)).isEmpty();

        clock.set("2026-11-27T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "parcel-resource");

        MimeMessage[] mail = StandIns.smtp().getReceivedMessagesForDomain(supervisor);
        assertThat(mail).hasSize(1);
        assertThat(Mails.text(mail[0])).contains("1501").contains("SF1501000001").contains("1502").contains("SF1502000002");
        assertThat(TwilioRequests.messagesTo(e164(100))).isEmpty();
    }

    // --- SMS length --------------------------------------------------------------------------------------

    @Test
    void aLongTrackingNumberAndDescriptionStillMakeAnSmsOfAtMostTwoSegmentsEndingWithTheLink() {
        long resident = resident(UNIT, "秦岚", 12);
        registered(registration(UNIT, resident, "trackingNumber", "T".repeat(100), "description", "很".repeat(300)));

        Fixtures.dispatch(dispatcher, "parcel-resource");

        List<Map<String, String>> sms = TwilioRequests.messagesTo(e164(12));
        assertThat(sms).hasSize(1);
        String body = sms.get(0).get("Body");
        assertThat(SmsSegments.count(body)).isLessThanOrEqualTo(2);
        assertThat(body).startsWith("【Tower PRT】").containsPattern("\nhttp://localhost:8080/a/[A-Za-z0-9_-]+$");
    }

    // --- bad input ---------------------------------------------------------------------------------------

    @Test
    void missingFieldsAreAProblemNamingEachField() {
        register(PROPERTY, Map.of("carrier", "EMS"))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("unit", "residentId", "kind", "registeredBy"));
    }

    @Test
    void anUnknownKindIsAProblemNamingTheKind() {
        long resident = resident(UNIT, "曹操", 13);
        register(PROPERTY, registration(UNIT, resident, "kind", "SPACESHIP"))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void anUnknownFieldIsAProblemNamingIt() {
        long resident = resident(UNIT, "刘备", 14);
        register(PROPERTY, registration(UNIT, resident, "weightKg", 3))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("weightKg"))
                .body("detail", startsWith("weightKg"));
    }

    @Test
    void fieldsThatAreTooLongAreAProblemNamingThem() {
        long resident = resident(UNIT, "关羽", 15);
        register(PROPERTY, registration(UNIT, resident, "trackingNumber", "T".repeat(101), "description", "很".repeat(301)))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("trackingNumber", "description"));
    }

    @Test
    void malformedJsonIsAProblem() {
        register(PROPERTY, "{\"unit\": \"801\", ")
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", notNullValue());
    }

    @Test
    void aWrongContentTypeIsRefusedWith415() {
        given().contentType(ContentType.TEXT).body("unit=801")
                .post("/api/properties/{code}/parcels", PROPERTY)
                .then().statusCode(415).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Content-Type"));
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        long resident = resident(UNIT, "张飞", 16);
        register("PRT-NOPE", registration(UNIT, resident))
                .statusCode(404).contentType(PROBLEM);
        given().get("/api/properties/{code}/parcels", "PRT-NOPE")
                .then().statusCode(404).contentType(PROBLEM);
        given().get("/api/properties/{code}/parcels/uncollected", "PRT-NOPE")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anUnknownParcelIsNotFound() {
        long missing = 987_654_321L;
        given().get("/api/parcels/{id}", missing).then().statusCode(404).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
        given().get("/api/parcels/{id}/slip", missing).then().statusCode(404).contentType(PROBLEM);
        given().post("/api/parcels/{id}/acknowledge", missing).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("collectedBy", "x", "handedOverBy", "desk-lin"))
                .post("/api/parcels/{id}/collection", missing).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("consentBy", "x", "method", "phone call"))
                .post("/api/parcels/{id}/courier-consent", missing).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("reason", "away"))
                .put("/api/parcels/{id}/not-handed-reason", missing).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aRegisteredParcelShowsItsPlannedRemindersAndWhereItLives() {
        long resident = resident(UNIT, "孔明", 17);
        register(PROPERTY, registration(UNIT, resident, "trackingNumber", "EA100000017CN"))
                .statusCode(201)
                .header("Location", containsString("/api/parcels/"))
                .body("status", equalTo("WAITING"))
                .body("arrivedAt", equalTo("2026-11-24T10:00:00+08:00"))
                .body("nextReminders.step", hasItems("arrival-email", "phone-retry"))
                .body("nextReminders.channel", not(hasItem("VOICE")));
    }
}
