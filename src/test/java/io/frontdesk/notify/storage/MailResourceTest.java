package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

/** Ordinary mail 普通信件 (R-MAIL-2, R-MAIL-3). */
@QuarkusTest
class MailResourceTest {

    static final String PROPERTY = "MLB";
    static final String UNIT = "501";
    static final String DESK_EMAIL = "desk@mlb.example";

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
            Fixtures.staff(PROPERTY, "FRONT_DESK", "前台 冯", "139 0018 0002", DESK_EMAIL);
            ready = true;
        }
    }

    static long formerResident(String name, String phone) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unit", UNIT, "name", name, "phone", phone, "locale", "zh-CN", "channels", java.util.List.of(),
                        "movedIn", "2020-01-01", "movedOut", "2026-06-30"))
                .post("/api/properties/{code}/residents", PROPERTY).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static io.restassured.response.ValidatableResponse overflow(long resident) {
        return given().contentType(ContentType.JSON).body(Map.of("residentId", resident, "pieces", 12, "handledBy", "desk-anna"))
                .post("/api/properties/{code}/mail/overflow", PROPERTY).then();
    }

    @Test
    void anOverflowingMailboxIsHeldAndTheResidentToldDailyUntilCollected() {
        // R-MAIL-2
        clock.set("2026-11-24T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, UNIT, "周先生", "139 0018 1001", "zhou@mlb.example", "zh-CN");
        long id = overflow(resident).statusCode(201).body("status", equalTo("HELD")).extract().jsonPath().getLong("id");
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(TwilioRequests.messagesTo("+8613900181001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("12封"));
        clock.set("2026-11-25T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(TwilioRequests.messagesTo("+8613900181001")).hasSize(2);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "COLLECTED", "closedBy", "desk-ben"))
                .post("/api/mail/{id}/close", id).then().statusCode(200).body("status", equalTo("COLLECTED"));
        clock.set("2026-11-26T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(TwilioRequests.messagesTo("+8613900181001")).hasSize(2);
    }

    @Test
    void aResidentWhoMovedOutOrIsMarkedAwayIsNotAskedToCollect() {
        // R-MAIL-2: check first whether the resident moved out or is away
        clock.set("2026-11-24T10:00:00+08:00");
        long away = Fixtures.resident(PROPERTY, UNIT, "吴女士", "139 0018 2001", "wu@mlb.example", "zh-CN");
        given().contentType(ContentType.JSON).body(Map.of("until", "2026-12-20", "note", "travelling"))
                .put("/api/properties/{code}/mail/away/{id}", PROPERTY, away).then().statusCode(200);
        overflow(away).statusCode(422).body("errors.field", hasItem("residentId")).body("detail", containsString("away"));
        long gone = formerResident("郑先生", "139 0018 2002");
        overflow(gone).statusCode(422).body("errors.field", hasItem("residentId")).body("detail", containsString("moved out"));
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(TwilioRequests.messagesTo("+8613900182001")).isEmpty();
        assertThat(TwilioRequests.messagesTo("+8613900182002")).isEmpty();
    }

    @Test
    void mailForAFormerResidentWithAContactNumberMeansACallAndATextToCollect() {
        // R-MAIL-3
        clock.set("2026-11-24T10:00:00+08:00");
        long former = formerResident("钱先生", "139 0018 3001");
        given().contentType(ContentType.JSON)
                .body(Map.of("unit", UNIT, "addressee", "钱先生", "residentId", former, "pieces", 2, "handledBy", "desk-anna"))
                .post("/api/properties/{code}/mail/not-resident", PROPERTY).then().statusCode(201);
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(TwilioRequests.messagesTo("+8613900183001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("退回邮局"));
        assertThat(TwilioRequests.callsTo("+8613900183001")).hasSize(1);
    }

    @Test
    void otherwiseTheDeskReturnsItToThePostOfficeTheNextWorkingDay() throws Exception {
        // R-MAIL-3: received Friday → Monday's desk opening
        clock.set("2026-11-27T10:00:00+08:00");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("unit", UNIT, "addressee", "不认识的人", "pieces", 1, "handledBy", "desk-anna"))
                .post("/api/properties/{code}/mail/not-resident", PROPERTY).then().statusCode(201)
                .extract().jsonPath().getLong("followUpId");
        given().get("/api/follow-ups/{id}", id).then()
                .body("reminders.find { it.step == 'return-to-post-office' }.dueAt", equalTo("2026-11-30T00:20:00Z"));
        clock.set("2026-11-30T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "mail-test");
        assertThat(Arrays.stream(StandIns.smtp().getReceivedMessagesForDomain(DESK_EMAIL)).filter(m -> {
            try {
                return m.getSubject().contains("退回邮局");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).hasSize(1);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        int count = given().get("/api/properties/{code}/mail", PROPERTY).then().extract().jsonPath().getList("$").size();
        given().contentType(ContentType.JSON).body(Map.of("residentId", 999999, "pieces", 3, "handledBy", "d"))
                .post("/api/properties/{code}/mail/overflow", PROPERTY).then().statusCode(422).body("errors.field", hasItem("residentId"));
        given().contentType(ContentType.JSON).body(Map.of("residentId", 1, "pieces", 0, "handledBy", ""))
                .post("/api/properties/{code}/mail/overflow", PROPERTY).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("pieces", "handledBy"));
        given().contentType(ContentType.JSON).body(Map.of("unit", "404", "addressee", "x", "pieces", 1, "handledBy", "d"))
                .post("/api/properties/{code}/mail/not-resident", PROPERTY).then().statusCode(422).body("errors.field", hasItem("unit"));
        given().contentType(ContentType.JSON).body(Map.of("until", "soon"))
                .put("/api/properties/{code}/mail/away/{id}", PROPERTY, 1).then().statusCode(400).body("errors.field", hasItem("until"));
        given().get("/api/properties/{code}/mail?status=LOST", PROPERTY).then().statusCode(400).body("errors.field", hasItem("status"));
        assertThat(given().get("/api/properties/{code}/mail", PROPERTY).then().extract().jsonPath().getList("$")).hasSize(count);
    }
}
