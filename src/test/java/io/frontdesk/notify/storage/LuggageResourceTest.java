package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Luggage storage 行李寄存 (RULES.md section 3) through the REST API, the clock and the stand-ins. */
@QuarkusTest
class LuggageResourceTest {

    static final String PROPERTY = "LUG";
    static final String UNIT = "808";
    static final String SECURITY_PHONE = "+8613900150001";
    static final String SECURITY_EMAIL = "security@lug.example";
    static final String DESK_EMAIL = "desk@lug.example";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    static boolean ready;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        if (!ready) {
            Fixtures.staff(PROPERTY, "SECURITY", "保安 周", "139 0015 0001", SECURITY_EMAIL);
            Fixtures.staff(PROPERTY, "FRONT_DESK", "前台 吴", "139 0015 0002", DESK_EMAIL);
            ready = true;
        }
    }

    static Map<String, Object> guestDeposit(String name, String phone, String size) {
        Map<String, Object> body = new HashMap<>();
        body.put("depositor", Map.of("name", name, "phone", phone, "locale", "zh-CN"));
        body.put("size", size);
        body.put("pieces", 1);
        body.put("location", "desk shelf A");
        body.put("expectedPeriod", "PT36H");
        body.put("depositedBy", "desk-anna");
        return body;
    }

    static JsonPath deposit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/{code}/luggage", PROPERTY)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse collect(int ticket, String by, String id) {
        Map<String, Object> body = new HashMap<>(Map.of("ticketNumber", ticket, "collectedBy", by, "handedOverBy", "desk-ben"));
        if (id != null) {
            body.put("collectorIdNumber", id);
        }
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/{code}/luggage/collection", PROPERTY).then();
    }

    static void reportLost(int ticket, String room, String name) {
        given().contentType(ContentType.JSON).body(Map.of("ticketNumber", ticket, "room", room, "name", name))
                .post("/api/properties/{code}/luggage/lost-tickets", PROPERTY)
                .then().statusCode(200).body("ticketLostAt", notNullValue());
    }

    @Test
    void eachDepositGetsTheNextTicketNumberAndAPrintableTwoPartTicket() {
        // R-LUG-1
        clock.set("2026-11-24T10:00:00+08:00");
        JsonPath first = deposit(guestDeposit("Guest One", "139 0015 1001", "SMALL"));
        JsonPath second = deposit(guestDeposit("Guest Two", "139 0015 1002", "SMALL"));
        assertThat(second.getInt("ticketNumber")).isEqualTo(first.getInt("ticketNumber") + 1);

        String html = given().accept(ContentType.HTML).get("/api/luggage/{id}/ticket", second.getLong("id"))
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(html).contains("行李认领单（上联").contains("行李认领单（下联")
                .contains("<strong>" + second.getInt("ticketNumber") + "</strong>").contains("2026-11-24 10:00");
    }

    @Test
    void depositsAtTheSameMomentEachGetTheirOwnTicketNumber() throws Exception {
        // R-LUG-1: the next number is read from the last one; two desks depositing at once must not share it
        clock.set("2026-11-24T11:00:00+08:00");
        int desks = 6;
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> tickets = new ArrayList<>();
            for (int i = 0; i < desks; i++) {
                Map<String, Object> body = guestDeposit("Guest Rush " + i, "139 0015 30" + (10 + i), "SMALL");
                tickets.add(pool.submit(() -> {
                    start.await();
                    return deposit(body).getInt("ticketNumber");
                }));
            }
            start.countDown();
            Set<Integer> numbers = new HashSet<>();
            for (Future<Integer> ticket : tickets) {
                numbers.add(ticket.get(30, TimeUnit.SECONDS));
            }
            assertThat(numbers).hasSize(desks);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void largeLuggageKeptOver24HoursToldToTheDepositorAndAStoreroomTaskForTheDesk() throws Exception {
        // R-LUG-2: large over 24 h; the move is recorded and the desk's task ends
        clock.set("2026-11-24T10:00:00+08:00");
        JsonPath large = deposit(guestDeposit("Guest Large", "139 0015 2001", "LARGE"));
        clock.set("2026-11-25T09:59:00+08:00");
        Fixtures.dispatch(dispatcher, "luggage-test");
        assertThat(TwilioRequests.messagesTo("+8613900152001")).isEmpty();

        int deskMails = StandIns.smtp().getReceivedMessagesForDomain(DESK_EMAIL).length;
        clock.set("2026-11-25T10:00:00+08:00");
        Fixtures.dispatch(dispatcher, "luggage-test");
        assertThat(TwilioRequests.messagesTo("+8613900152001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("认领单号" + large.getInt("ticketNumber")).contains("客用储物间"));
        var mails = StandIns.smtp().getReceivedMessagesForDomain(DESK_EMAIL);
        assertThat(mails).hasSize(deskMails + 1);
        assertThat(mails[mails.length - 1].getSubject()).contains("认领单" + large.getInt("ticketNumber"));

        given().contentType(ContentType.JSON).body(Map.of("movedBy", "desk-ben", "location", "storeroom B2-3"))
                .post("/api/luggage/{id}/storeroom", large.getLong("id"))
                .then().statusCode(200).body("movedBy", equalTo("desk-ben")).body("location", equalTo("storeroom B2-3"));
        given().get("/api/follow-ups/{id}", large.getLong("followUpId")).then()
                .body("resolution", containsString("storeroom"))
                .body("reminders.findAll { it.status == 'PLANNED' }.size()", equalTo(0));
    }

    @Test
    void smallLuggageComesDueAfterAWeek() {
        // R-LUG-2: small over 1 week
        clock.set("2026-11-24T10:00:00+08:00");
        JsonPath small = deposit(guestDeposit("Guest Small", "139 0015 3001", "SMALL"));
        given().get("/api/follow-ups/{id}", small.getLong("followUpId")).then()
                .body("kind", equalTo("luggage-small"))
                .body("reminders.dueAt", hasItem("2026-12-01T02:00:00Z"));
    }

    @Test
    void aCollectorWhoIsNotTheDepositorMustShowId() {
        // R-LUG-3
        clock.set("2026-11-24T11:00:00+08:00");
        int ticket = deposit(guestDeposit("Guest Three", "139 0015 4001", "SMALL")).getInt("ticketNumber");
        collect(ticket, "Somebody Else", null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("collectorIdNumber"));
        collect(ticket, "Somebody Else", "110101199003071234").statusCode(200)
                .body("status", equalTo("COLLECTED")).body("collectorIdNumber", equalTo("110101199003071234"))
                .body("handedOverBy", equalTo("desk-ben"));
        collect(ticket, "Guest Three", null).statusCode(409);
    }

    @Test
    void presentingATicketReportedLostIsRefusedAndSecurityIsAlertedAtOnceOnEveryChannel() throws Exception {
        // R-LUG-4: hold the person; security by SMS, voice call and email at once
        clock.set("2026-11-24T15:00:00+08:00");
        int ticket = deposit(guestDeposit("Guest Four", "139 0015 5001", "LARGE")).getInt("ticketNumber");
        reportLost(ticket, "1105", "Guest Four");
        Fixtures.dispatch(dispatcher, "luggage-test");
        int sms = TwilioRequests.messagesTo(SECURITY_PHONE).size();
        int calls = TwilioRequests.callsTo(SECURITY_PHONE).size();
        int mails = StandIns.smtp().getReceivedMessagesForDomain(SECURITY_EMAIL).length;

        clock.set("2026-11-24T16:00:00+08:00");
        collect(ticket, "Stranger", "110101199001011111").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("hold the person")).body("errors.field", hasItem("ticketNumber"));
        Fixtures.dispatch(dispatcher, "luggage-test");

        assertThat(TwilioRequests.messagesTo(SECURITY_PHONE)).hasSize(sms + 1)
                .last().satisfies(m -> assertThat(m.get("Body")).contains("认领单" + ticket).contains("Stranger"));
        assertThat(TwilioRequests.callsTo(SECURITY_PHONE)).hasSize(calls + 1);
        assertThat(StandIns.smtp().getReceivedMessagesForDomain(SECURITY_EMAIL)).hasSize(mails + 1);
        given().get("/api/properties/{code}/luggage?status=STORED", PROPERTY).then()
                .body("ticketNumber", hasItem(ticket));
        // security sees the alert among the open matters its policies speak to (issue 7)
        String security = "Bearer " + io.frontdesk.notify.testing.Tokens.staff(
                java.util.Set.of(io.frontdesk.notify.common.security.Roles.SECURITY), PROPERTY);
        given().header("Authorization", security).get("/api/properties/{code}/alerts", PROPERTY).then()
                .statusCode(200).body("kind", hasItem("luggage-lost-ticket"));
        given().header("Authorization", security).get("/api/properties/{code}/luggage", PROPERTY).then()
                .statusCode(403);
    }

    @Test
    void luggageAlreadyTakenWithALostTicketNotifiesTheDepositorAndSecurity() {
        // R-LUG-4: taken before the loss was reported
        clock.set("2026-11-24T16:30:00+08:00");
        int ticket = deposit(guestDeposit("Guest Five", "139 0015 6001", "SMALL")).getInt("ticketNumber");
        collect(ticket, "Taker", "110101199001012222").statusCode(200);
        Fixtures.dispatch(dispatcher, "luggage-test");
        int security = TwilioRequests.messagesTo(SECURITY_PHONE).size();

        reportLost(ticket, "1106", "Guest Five");
        Fixtures.dispatch(dispatcher, "luggage-test");
        assertThat(TwilioRequests.messagesTo("+8613900156001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("认领单" + ticket).contains("Taker"));
        assertThat(TwilioRequests.messagesTo(SECURITY_PHONE)).hasSize(security + 1)
                .last().satisfies(m -> assertThat(m.get("Body")).contains("认领单" + ticket).contains("Guest Five"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        int count = given().get("/api/properties/{code}/luggage", PROPERTY).then().extract().jsonPath().getList("$").size();
        Map<String, Object> body = guestDeposit("Guest Bad", "139 0015 7001", "HUGE");
        body.remove("location");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/luggage", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("size"));
        body.put("size", "LARGE");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/luggage", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("location"));
        Map<String, Object> nobody = guestDeposit("x", "139 0015 7001", "LARGE");
        nobody.remove("depositor");
        given().contentType(ContentType.JSON).body(nobody).post("/api/properties/{code}/luggage", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("depositor"));
        Map<String, Object> badPeriod = guestDeposit("x", "139 0015 7001", "LARGE");
        badPeriod.put("expectedPeriod", "two days");
        given().contentType(ContentType.JSON).body(badPeriod).post("/api/properties/{code}/luggage", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("expectedPeriod"));
        given().contentType(ContentType.JSON).body(Map.of("ticketNumber", 0, "collectedBy", "", "handedOverBy", "d"))
                .post("/api/properties/{code}/luggage/collection", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItems("ticketNumber", "collectedBy"));
        collect(99999, "Nobody", null).statusCode(404).body("errors.field", hasItem("ticketNumber"));
        given().get("/api/properties/{code}/luggage?status=LOST", PROPERTY).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertThat(given().get("/api/properties/{code}/luggage", PROPERTY).then().extract().jsonPath().getList("$")).hasSize(count);
    }
}
