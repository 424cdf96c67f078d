package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.storage.key.KeyService;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Borrowed keys 鑰匙借用 (RULES.md section 5). */
@QuarkusTest
class KeyResourceTest {

    static final String PROPERTY = "KEY";
    static final String OTHER = "KEY2";
    static final String DESK_EMAIL = "desk@key.example";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    KeyService keys;

    static boolean ready;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.property(OTHER);
        if (!ready) {
            Fixtures.staff(PROPERTY, "FRONT_DESK", "前台 郑", "139 0016 0002", DESK_EMAIL);
            ready = true;
        }
    }

    static long lend(String property, String key, String borrowerPhone, String dueBack) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("keyCode", key, "borrower", Map.of("name", "借用人 " + key, "phone", borrowerPhone),
                        "dueBack", dueBack, "lentBy", "desk-anna"))
                .post("/api/properties/{code}/keys/loans", property)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("id");
    }

    static List<MimeMessage> deskMails(String subjectPart) {
        return Arrays.stream(StandIns.smtp().getReceivedMessagesForDomain(DESK_EMAIL)).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void beforeTheDeskClosesEveryKeyNotBackIsFollowedUpWithItsBorrowerAndListedForTheDesk() throws Exception {
        // R-KEY-1, R-KEY-2: weekday desk closes 18:00, the default lead is 30 minutes
        clock.set("2026-11-24T10:00:00+08:00");
        long a = lend(PROPERTY, "K-A", "139 0016 1001", "2026-11-24T15:00:00+08:00");
        lend(PROPERTY, "K-B", "139 0016 1002", "2026-11-24T16:00:00+08:00");
        int lists = deskMails("未还钥匙").size();

        clock.set("2026-11-24T17:29:00+08:00");
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(TwilioRequests.messagesTo("+8613900161001")).isEmpty();

        clock.set("2026-11-24T17:30:00+08:00");
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(TwilioRequests.messagesTo("+8613900161001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("K-A").contains("2026-11-24 15:00"));
        assertThat(TwilioRequests.messagesTo("+8613900161002")).hasSize(1);
        List<MimeMessage> list = deskMails("未还钥匙");
        assertThat(list).hasSize(lists + 1);
        assertThat(list.get(list.size() - 1).getSubject()).contains("2把");

        given().contentType(ContentType.JSON).body(Map.of("receivedBy", "desk-ben"))
                .post("/api/key-loans/{id}/return", a).then().statusCode(200).body("status", equalTo("RETURNED"));
        clock.set("2026-11-25T17:30:00+08:00");
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(TwilioRequests.messagesTo("+8613900161001")).hasSize(1);
        assertThat(TwilioRequests.messagesTo("+8613900161002")).hasSize(2);
        list = deskMails("未还钥匙");
        assertThat(list.get(list.size() - 1).getSubject()).contains("1把");
    }

    @Test
    void theLeadBeforeClosingFollowsTheDeskHoursOfTheDayAndIsAPolicySetting() {
        // R-KEY-2: Saturday closes 17:30 → 17:00; with a one-hour lead set by the manager → 16:30
        clock.set("2026-11-28T10:00:00+08:00");
        long loan = lend(OTHER, "K-SAT", "139 0016 2001", "2026-11-28T12:00:00+08:00");
        long followUp = given().get("/api/key-loans/{id}", loan).then().extract().jsonPath().getLong("followUpId");
        given().get("/api/follow-ups/{id}", followUp).then()
                .body("reminders.find { it.step == 'daily-check' }.dueAt", equalTo("2026-11-28T09:00:00Z"));

        String policy = given().get("/api/policies/defaults/key-loan").then().statusCode(200).extract().asString();
        given().contentType(ContentType.JSON).body(policy.replace("DESK_CLOSING-PT30M", "DESK_CLOSING-PT1H"))
                .put("/api/properties/{code}/policies/key-loan", OTHER).then().statusCode(200);
        given().get("/api/follow-ups/{id}", followUp).then()
                .body("reminders.find { it.step == 'daily-check' && it.status == 'PLANNED' }.dueAt", equalTo("2026-11-28T08:30:00Z"));
    }

    @Test
    void aLostOrDamagedKeyIsReportedWithTheReasonAndItsChecksStop() {
        // R-KEY-2
        clock.set("2026-11-24T10:00:00+08:00");
        long loan = lend(PROPERTY, "K-C", "139 0016 3001", "2026-11-24T15:00:00+08:00");
        given().contentType(ContentType.JSON).body(Map.of("outcome", "LOST", "reason", "", "reportedBy", "desk-ben"))
                .post("/api/key-loans/{id}/report", loan).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "RETURNED", "reason", "x", "reportedBy", "desk-ben"))
                .post("/api/key-loans/{id}/report", loan).then().statusCode(400).body("errors.field", hasItem("outcome"));
        given().contentType(ContentType.JSON).body(Map.of("outcome", "DAMAGED", "reason", "bent in the lock", "reportedBy", "desk-ben"))
                .post("/api/key-loans/{id}/report", loan).then().statusCode(200)
                .body("status", equalTo("DAMAGED")).body("reportReason", org.hamcrest.Matchers.startsWith("bent in the lock"));
        long followUp = given().get("/api/key-loans/{id}", loan).then().extract().jsonPath().getLong("followUpId");
        given().get("/api/follow-ups/{id}", followUp).then()
                .body("reminders.findAll { it.status == 'PLANNED' }.size()", equalTo(0));
    }

    @Test
    void theDeskIsRemindedToCountTheKeyStockEveryHalfMonthUntilACountIsRecorded() throws Throwable {
        // R-KEY-3
        clock.set("2026-11-24T10:00:00+08:00");
        lend(PROPERTY, "K-D", "139 0016 4001", "2026-11-30T15:00:00+08:00");
        clock.set("2026-12-01T08:30:00+08:00");
        VertxContextSupport.subscribeAndAwait(() -> keys.remindStockCounts(Instant.parse("2026-12-01T00:30:00Z")));
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(deskMails("钥匙盘点提醒（2026-12-H1）")).hasSize(1);

        given().contentType(ContentType.JSON).body(Map.of("countedBy", "desk-anna", "keysCounted", 128))
                .post("/api/properties/{code}/keys/stock-counts", PROPERTY).then().statusCode(200)
                .body("keysCounted", equalTo(128));
        clock.set("2026-12-02T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(deskMails("钥匙盘点提醒（2026-12-H1）")).hasSize(1);

        clock.set("2026-12-16T08:30:00+08:00");
        VertxContextSupport.subscribeAndAwait(() -> keys.remindStockCounts(Instant.parse("2026-12-16T00:30:00Z")));
        Fixtures.dispatch(dispatcher, "key-test");
        assertThat(deskMails("钥匙盘点提醒（2026-12-H2）")).hasSize(1);
        given().contentType(ContentType.JSON).body(Map.of("countedBy", "desk-anna", "keysCounted", -1))
                .post("/api/properties/{code}/keys/stock-counts", PROPERTY).then().statusCode(400)
                .body("errors.field", hasItem("keysCounted"));
        given().contentType(ContentType.JSON).body(Map.of("countedBy", "desk-anna", "keysCounted", 127))
                .post("/api/properties/{code}/keys/stock-counts", PROPERTY).then().statusCode(200);
    }

    @Test
    void badLoansAreProblemsNamingTheFieldAndChangeNothing() {
        clock.set("2026-11-24T10:00:00+08:00");
        int count = given().get("/api/properties/{code}/keys/loans", PROPERTY).then().extract().jsonPath().getList("$").size();
        given().contentType(ContentType.JSON)
                .body(Map.of("keyCode", "K-X", "borrower", Map.of("name", "x", "phone", "12"), "dueBack", "2026-11-25T10:00:00+08:00", "lentBy", "d"))
                .post("/api/properties/{code}/keys/loans", PROPERTY).then().statusCode(400).body("errors.field", hasItem("borrower.phone"));
        given().contentType(ContentType.JSON)
                .body(Map.of("keyCode", "K-X", "borrower", Map.of("name", "x"), "dueBack", "2026-11-23T10:00:00+08:00", "lentBy", "d"))
                .post("/api/properties/{code}/keys/loans", PROPERTY).then().statusCode(400).body("errors.field", hasItem("dueBack"));
        given().contentType(ContentType.JSON)
                .body(Map.of("keyCode", "", "borrower", Map.of("name", "x"), "dueBack", "tomorrow", "lentBy", "d"))
                .post("/api/properties/{code}/keys/loans", PROPERTY).then().statusCode(400).body("errors.field", hasItem("dueBack"));
        given().get("/api/properties/{code}/keys/loans?status=GONE", PROPERTY).then().statusCode(400).body("errors.field", hasItem("status"));
        assertThat(given().get("/api/properties/{code}/keys/loans", PROPERTY).then().extract().jsonPath().getList("$")).hasSize(count);
    }
}
