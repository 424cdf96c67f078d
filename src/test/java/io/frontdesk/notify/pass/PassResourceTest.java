package io.frontdesk.notify.pass;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Access passes (RULES.md section 6) with the real 2026 mainland-China calendar: National Day and its 調休. */
@QuarkusTest
class PassResourceTest {

    static final String PROPERTY = "PAS";
    static final String SECURITY_PHONE = "+8613900140001";
    static final String SECURITY_EMAIL = "security@pas.example";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    static boolean ready;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        if (!ready) {
            given().post("/api/properties/{code}/calendar/import-default?year=2026", PROPERTY).then().statusCode(200);
            Fixtures.staff(PROPERTY, "SECURITY", "保安 陈", "139 0014 0001", SECURITY_EMAIL);
            ready = true;
        }
    }

    static Map<String, Object> pass(String holderPhone, String contactPhone, String validUntil) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "CONSTRUCTION");
        body.put("holder", Map.of("name", "赵工", "phone", holderPhone, "locale", "zh-CN"));
        body.put("company", "华建装饰");
        body.put("companyContact", Map.of("name", "钱经理", "phone", contactPhone, "email", "qian" + contactPhone.replace(" ", "") + "@huajian.example"));
        body.put("deposit", "200.00");
        body.put("fee", "20.00");
        body.put("currency", "CNY");
        body.put("validFrom", "2026-09-01");
        body.put("validUntil", validUntil);
        body.put("issuedBy", "desk-anna");
        return body;
    }

    static JsonPath issue(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/{code}/passes", PROPERTY)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    /** Planned due times of a step, as local times (yyyy-MM-ddTHH:mm), one per recipient and channel. */
    static List<String> dueTimes(long followUpId, String step) {
        List<Map<String, Object>> reminders = given().get("/api/follow-ups/{id}", followUpId)
                .then().statusCode(200).extract().jsonPath().getList("reminders");
        return reminders.stream().filter(r -> step.equals(r.get("step")))
                .map(r -> OffsetDateTime.parse((String) r.get("dueAt")).atZoneSameInstant(SHANGHAI).toLocalDateTime().toString())
                .distinct().sorted().toList();
    }

    @Test
    void renewalRemindersCountWorkingDaysAcrossNationalDayAndItsSwappedSaturday() {
        // R-PASS-2, R-DESK-4 with the 2026 data: 10-01..10-07 off, Saturday 10-10 a working day (調休).
        clock.set("2026-09-01T10:00:00+08:00");
        // Expiring Friday 10-09: counting back skips the whole holiday, so Tue 09-29 and Wed 09-30.
        long overHoliday = issue(pass("139 0014 1001", "139 0014 1002", "2026-10-09")).getLong("followUpId");
        assertThat(dueTimes(overHoliday, "renewal-first")).containsExactly("2026-09-29T08:20");
        assertThat(dueTimes(overHoliday, "renewal-last")).containsExactly("2026-09-30T08:20");
        // Expiring Monday 10-12: the 調休 Saturday counts, so Thu 10-08 and Fri 10-09 (not 09-30 and 10-08).
        long overSaturday = issue(pass("139 0014 1003", "139 0014 1004", "2026-10-12")).getLong("followUpId");
        assertThat(dueTimes(overSaturday, "renewal-first")).containsExactly("2026-10-08T08:20");
        assertThat(dueTimes(overSaturday, "renewal-last")).containsExactly("2026-10-09T08:20");
    }

    @Test
    void theLastDayToApplyCanBeTheSwappedSaturdayAndTheHolderAndCompanyHearAtItsWeekdayOpening() {
        // R-PASS-2: expiring Tuesday 10-13, two working days before is Saturday 10-10 (調休, weekday hours 08:20).
        clock.set("2026-09-01T10:00:00+08:00");
        issue(pass("139 0014 2001", "139 0014 2002", "2026-10-13"));
        Fixtures.dispatch(dispatcher, "pass-test");
        assertThat(TwilioRequests.messagesTo("+8613900142001")).isEmpty();

        clock.set("2026-10-09T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "pass-test");
        assertThat(TwilioRequests.messagesTo("+8613900142001")).hasSize(1);
        clock.set("2026-10-10T08:19:00+08:00");
        Fixtures.dispatch(dispatcher, "pass-test");
        assertThat(TwilioRequests.messagesTo("+8613900142001")).hasSize(1);
        clock.set("2026-10-10T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "pass-test");
        List<Map<String, String>> holder = TwilioRequests.messagesTo("+8613900142001");
        assertThat(holder).hasSize(2);
        assertThat(holder.get(1).get("Body")).contains("2026-10-13").contains("2026-10-10").contains("施工证");
        assertThat(TwilioRequests.messagesTo("+8613900142002")).hasSize(2);
    }

    @Test
    void securityIsToldOfEveryIssueAndOfTheDayAnUnrenewedPassLapses() throws Exception {
        // R-PASS-1: told at once; R-PASS-5: told on the day after the last valid day, at desk opening.
        clock.set("2026-09-02T10:00:00+08:00");
        long id = issue(pass("139 0014 3001", "139 0014 3002", "2026-10-08")).getLong("id");
        int before = TwilioRequests.messagesTo(SECURITY_PHONE).size();
        Fixtures.dispatch(dispatcher, "pass-test");
        List<Map<String, String>> told = TwilioRequests.messagesTo(SECURITY_PHONE);
        assertThat(told.subList(before, told.size())).anySatisfy(m -> assertThat(m.get("Body"))
                .contains("已发施工证编号" + id).contains("2026-10-08"));
        assertThat(StandIns.smtp().getReceivedMessagesForDomain(SECURITY_EMAIL))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("编号" + id));

        clock.set("2026-10-09T08:19:00+08:00");
        Fixtures.dispatch(dispatcher, "pass-test");
        assertThat(TwilioRequests.messagesTo(SECURITY_PHONE)).noneSatisfy(m -> assertThat(m.get("Body")).contains("编号" + id + "（"));
        clock.set("2026-10-09T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "pass-test");
        assertThat(TwilioRequests.messagesTo(SECURITY_PHONE)).anySatisfy(m -> assertThat(m.get("Body"))
                .contains("编号" + id + "（").contains("到期未续期"));
    }

    @Test
    void aRenewalRevokesTheOldPassStopsItsRemindersAndTellsSecurity() {
        // R-PASS-3
        clock.set("2026-09-03T10:00:00+08:00");
        JsonPath old = issue(pass("139 0014 4001", "139 0014 4002", "2026-10-12"));
        long oldId = old.getLong("id");
        Fixtures.dispatch(dispatcher, "pass-test");
        int before = TwilioRequests.messagesTo(SECURITY_PHONE).size();

        JsonPath renewed = given().contentType(ContentType.JSON)
                .body(Map.of("validUntil", "2026-11-30", "fee", "20.00", "issuedBy", "desk-ben"))
                .post("/api/passes/{id}/renewal", oldId)
                .then().statusCode(200).body("replacesId", equalTo((int) oldId)).body("status", equalTo("ISSUED"))
                .body("depositAmount", equalTo(200.0f)).extract().jsonPath();
        given().get("/api/passes/{id}", oldId).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("replacedById", equalTo(renewed.getInt("id")));
        given().get("/api/follow-ups/{id}", old.getLong("followUpId")).then().statusCode(200)
                .body("resolution", equalTo("renewed as pass " + renewed.getInt("id")))
                .body("reminders.findAll { it.status == 'PLANNED' }.size()", equalTo(0));

        Fixtures.dispatch(dispatcher, "pass-test");
        List<Map<String, String>> told = TwilioRequests.messagesTo(SECURITY_PHONE);
        assertThat(told.subList(before, told.size())).anySatisfy(m -> assertThat(m.get("Body"))
                .contains("编号" + renewed.getInt("id")).contains("旧证" + oldId));
    }

    @Test
    void aLostPassIsDeclaredVoidItsDepositKeptAndSecurityNotified() {
        // R-PASS-4
        clock.set("2026-09-04T10:00:00+08:00");
        JsonPath issued = issue(pass("139 0014 5001", "139 0014 5002", "2026-10-12"));
        long id = issued.getLong("id");
        Fixtures.dispatch(dispatcher, "pass-test");
        int before = TwilioRequests.messagesTo(SECURITY_PHONE).size();

        given().contentType(ContentType.JSON).body(Map.of("reason", "lost on site", "reportedBy", "desk-anna"))
                .post("/api/passes/{id}/lost", id)
                .then().statusCode(200).body("status", equalTo("VOID")).body("depositKept", equalTo(true));
        given().get("/api/follow-ups/{id}", issued.getLong("followUpId")).then()
                .body("reminders.findAll { it.status == 'PLANNED' }.size()", equalTo(0));

        Fixtures.dispatch(dispatcher, "pass-test");
        List<Map<String, String>> told = TwilioRequests.messagesTo(SECURITY_PHONE);
        assertThat(told.subList(before, told.size())).anySatisfy(m -> assertThat(m.get("Body"))
                .contains("编号" + id).contains("作废").contains("押金不予退还"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again", "reportedBy", "desk-anna"))
                .post("/api/passes/{id}/lost", id).then().statusCode(409);
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        int count = given().get("/api/properties/{code}/passes", PROPERTY).then().extract().jsonPath().getList("$").size();
        Map<String, Object> body = pass("139 0014 6001", "139 0014 6002", "2026-08-01");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/passes", PROPERTY)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("validUntil"));
        body.put("kind", "BADGE");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/passes", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> badPhone = pass("12345", "139 0014 6002", "2026-10-01");
        given().contentType(ContentType.JSON).body(badPhone).post("/api/properties/{code}/passes", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("holder.phone"));
        Map<String, Object> badMoney = pass("139 0014 6001", "139 0014 6002", "2026-10-01");
        badMoney.put("deposit", "-5");
        badMoney.put("currency", "yuan");
        given().contentType(ContentType.JSON).body(badMoney).post("/api/properties/{code}/passes", PROPERTY)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("deposit", "currency"));
        given().contentType(ContentType.JSON).body(Map.of("validUntil", "2026-01-01", "fee", "1", "issuedBy", "x"))
                .post("/api/passes/{id}/renewal", 999999).then().statusCode(404);
        given().get("/api/properties/{code}/passes?status=LOST", PROPERTY).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        assertThat(given().get("/api/properties/{code}/passes", PROPERTY).then().extract().jsonPath().getList("$")).hasSize(count);
    }

    @Test
    void aSimulationShowsWhatAPassExpiringOnTheDayAfterNationalDayGets() {
        // "A pass expiring on 2026-10-08: what goes out, when?" R-PASS-2 back over the holiday, R-PASS-5 on 10-09.
        List<Map<String, Object>> reminders = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "pass", "property", PROPERTY, "openedAt", "2026-09-01T10:00:00+08:00",
                        "horizon", "P60D", "subjectDates", Map.of("expiresOn", "2026-10-08", "lapsesOn", "2026-10-09")))
                .post("/api/simulations").then().statusCode(200).extract().jsonPath().getList("reminders");
        List<String> seen = reminders.stream().map(r -> r.get("step") + "@" + ((String) r.get("dueAt")).substring(0, 16)).distinct().toList();
        assertThat(seen).containsExactly(
                "issued@2026-09-01T10:00",
                "renewal-first@2026-09-28T08:20",
                "renewal-last@2026-09-29T08:20",
                "lapsed@2026-10-09T08:20");
    }
}
