package io.frontdesk.notify.arrears;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.Mails;
import io.frontdesk.notify.testing.TwilioRequests;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** A tenant's arrears from the first bill to the general manager's report, through the real dispatcher. */
@QuarkusTest
class ArrearsJourneyTest {

    static final String PROPERTY = "ARR";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @Inject
    ArrearsJobs jobs;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
    }

    static void account(long resident, int deposit) {
        account(PROPERTY, resident, deposit);
    }

    static void account(String code, long resident, int deposit) {
        given().contentType(ContentType.JSON).body(Map.of("depositMonths", deposit, "currency", "CNY"))
                .put("/api/properties/{code}/arrears/accounts/{id}", code, resident).then().statusCode(200);
    }

    static void bill(long resident, String month, String amount, String due, String ref) {
        bill(PROPERTY, resident, month, amount, due, ref);
    }

    static void bill(String code, long resident, String month, String amount, String due, String ref) {
        given().contentType(ContentType.JSON).body(Map.of("residentId", resident, "kind", "RENT", "period", month,
                        "amount", amount, "currency", "CNY", "dueDate", due, "reference", ref))
                .post("/api/properties/{code}/arrears/periods", code).then().log().ifValidationFails().statusCode(200);
    }

    static JsonPath pay(long resident, String amount, String ref) {
        return pay(PROPERTY, resident, amount, "2026-11-20", ref);
    }

    static JsonPath pay(String code, long resident, String amount, String paidOn, String ref) {
        return given().contentType(ContentType.JSON).body(Map.of("residentId", resident, "amount", amount,
                        "currency", "CNY", "paidOn", paidOn, "reference", ref))
                .post("/api/properties/{code}/arrears/payments", code).then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath accountOf(long resident) {
        return accountOf(PROPERTY, resident);
    }

    static JsonPath accountOf(String code, long resident) {
        return given().get("/api/properties/{code}/arrears/accounts/{id}", code, resident).then().statusCode(200)
                .extract().jsonPath();
    }

    static long mailsTo(String address) {
        return Mails.to(address).size();
    }

    static List<String> subjectsTo(String address) {
        return Mails.to(address).stream().map(Mails::subject).toList();
    }

    void runJobs() {
        try {
            io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> jobs.runDue(clock.now()));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBreachReachesTheDirectorAtOnceAndClimbsTheChainUntilPaid() {
        // R-ARR-3, R-ARR-4: director at once, then GDM after 7, DGM after 14, GM after 21 days; payment stops it
        clock.set("2026-11-02T10:00:00+08:00");
        Fixtures.unit(PROPERTY, "1203");
        Fixtures.staff(PROPERTY, "PROJECT_DIRECTOR", "主任甲", "138 0013 9101", "director@arr.example");
        Fixtures.staff(PROPERTY, "GENERAL_DEPT_MANAGER", "经理乙", "138 0013 9102", "gdm@arr.example");
        Fixtures.staff(PROPERTY, "DEPUTY_GM", "副总丙", "138 0013 9103", "dgm@arr.example");
        Fixtures.staff(PROPERTY, "GM", "总经理丁", "138 0013 9104", "gm@arr.example");
        long tenant = Fixtures.resident(PROPERTY, "1203", "王租户", "138 0013 9100", "tenant@arr.example", "zh-CN");
        account(tenant, 2);
        bill(tenant, "2026-11", "12000.00", "2026-11-02", "R-1203-2026-11");

        // R-ARR-2: due today, so not overdue until local midnight
        assertThat(accountOf(tenant).getBoolean("redLineCrossed")).isFalse();
        clock.set("2026-11-02T23:59:00+08:00");
        assertThat(accountOf(tenant).getInt("monthsOverdue")).isZero();
        clock.set("2026-11-03T00:00:00+08:00");
        assertThat(accountOf(tenant).getInt("monthsOverdue")).isEqualTo(1);
        assertThat(accountOf(tenant).getBoolean("redLineCrossed")).isTrue();

        clock.set("2026-11-03T00:05:00+08:00");
        runJobs();
        assertThat(accountOf(tenant).getString("redLineSince")).startsWith("2026-11-03T00:05");
        // staff are not woken at night either: the director's notice goes out at desk opening
        clock.set("2026-11-03T08:30:00+08:00");
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("director@arr.example")).isEqualTo(1);
        assertThat(mailsTo("gdm@arr.example")).isZero();

        clock.set("2026-11-10T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("gdm@arr.example")).isEqualTo(1);
        assertThat(mailsTo("dgm@arr.example")).isZero();

        clock.set("2026-11-17T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("dgm@arr.example")).isEqualTo(1);
        assertThat(mailsTo("gm@arr.example")).isZero();

        // a partial payment leaves the tenant over the red line: the chain goes on
        pay(tenant, "2000.00", "PAY-ARR-1");
        clock.set("2026-11-24T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("gm@arr.example")).isEqualTo(1);

        JsonPath paid = pay(tenant, "10000.00", "PAY-ARR-2");
        assertThat(paid.getBoolean("redLineCrossed")).isFalse();
        assertThat(paid.getString("outstanding")).isEqualTo("0.00");
        long tenantMails = mailsTo("tenant@arr.example");
        clock.advance(Duration.ofDays(10));
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("tenant@arr.example")).isEqualTo(tenantMails);
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        clock.set("2026-11-02T10:00:00+08:00");
        Fixtures.unit(PROPERTY, "1204");
        long tenant = Fixtures.resident(PROPERTY, "1204", "李租户", "138 0013 9200", "li@arr.example", "zh-CN");
        account(tenant, 1);
        bill(tenant, "2026-11", "500.00", "2026-11-30", "R-1204-2026-11");
        pay(tenant, "100.00", "PAY-ARR-B1");

        given().contentType(ContentType.JSON).body(Map.of("residentId", tenant, "amount", "-5.00", "currency", "CNY",
                        "paidOn", "2026-11-20", "reference", "PAY-ARR-B2"))
                .post("/api/properties/{code}/arrears/payments", PROPERTY)
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(Map.of("residentId", 999999, "amount", "5.00", "currency", "CNY",
                        "paidOn", "2026-11-20", "reference", "PAY-ARR-B3"))
                .post("/api/properties/{code}/arrears/payments", PROPERTY)
                .then().statusCode(404).body("errors[0].field", equalTo("residentId"));
        given().contentType(ContentType.JSON).body(Map.of("residentId", tenant, "amount", "5.00", "currency", "USD",
                        "paidOn", "2026-11-20", "reference", "PAY-ARR-B4"))
                .post("/api/properties/{code}/arrears/payments", PROPERTY)
                .then().statusCode(400).body("errors[0].field", equalTo("currency"));
        given().contentType(ContentType.JSON).body(Map.of("residentId", tenant, "amount", "5.00", "currency", "CNY",
                        "paidOn", "2026-11-20", "reference", "PAY-ARR-B1"))
                .post("/api/properties/{code}/arrears/payments", PROPERTY)
                .then().statusCode(409).body("errors[0].field", equalTo("reference"));
        // a bulk with one bad row records none of them
        given().contentType(ContentType.JSON).body(List.of(
                        Map.of("residentId", tenant, "amount", "5.00", "currency", "CNY", "paidOn", "2026-11-20", "reference", "PAY-ARR-B5"),
                        Map.of("residentId", tenant, "amount", "5.00", "currency", "HKD", "paidOn", "2026-11-20", "reference", "PAY-ARR-B6")))
                .post("/api/properties/{code}/arrears/payments/bulk", PROPERTY)
                .then().statusCode(400).body("errors[0].field", equalTo("[1].currency"));

        assertThat(accountOf(tenant).getString("outstanding")).isEqualTo("400.00");
    }

    @Test
    void theReportTotalsAreTheSumsOfItsBillsAndItGoesOutTheWorkingDayBeforeAHoliday() throws Exception {
        // R-ARR-5: the report for 2026-10-02 (National Day) goes out Wednesday 2026-09-30
        String code = "ARRP";
        Fixtures.property(code);
        given().post("/api/properties/{code}/calendar/import-default?year=2026", code).then().statusCode(200);
        Fixtures.staff(code, "GENERAL_DEPT_MANAGER", "综合部", "138 0013 9302", "gdm@arrp.example");
        clock.set("2026-09-01T10:00:00+08:00");
        String[][] bills = {{"1501", "3000.10"}, {"1502", "4500.25"}, {"1503", "799.99"}};
        BigDecimal expected = BigDecimal.ZERO;
        for (String[] b : bills) {
            Fixtures.unit(code, b[0]);
            long r = Fixtures.resident(code, b[0], "租户" + b[0], "138 0013 93" + b[0].substring(2), b[0] + "@arrp.example", "zh-CN");
            given().contentType(ContentType.JSON).body(Map.of("depositMonths", 3, "currency", "CNY"))
                    .put("/api/properties/{code}/arrears/accounts/{id}", code, r).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("residentId", r, "kind", "PROPERTY_FEE", "period", "2026-09",
                            "amount", b[1], "currency", "CNY", "dueDate", "2026-09-10", "reference", "F-" + b[0]))
                    .post("/api/properties/{code}/arrears/periods", code).then().statusCode(200);
            expected = expected.add(new BigDecimal(b[1]));
        }

        JsonPath report = given().get("/api/properties/{code}/arrears/report?asOf=2026-09-30", code).then()
                .statusCode(200).extract().jsonPath();
        BigDecimal sum = report.getList("rows.outstanding", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(expected);
        assertThat(new BigDecimal(report.getString("totals[0].outstanding"))).isEqualByComparingTo("8300.34");
        String csv = given().accept("text/csv").get("/api/properties/{code}/arrears/report?asOf=2026-09-30", code)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("TOTAL,,,,,CNY,8300.34,0.00,8300.34");

        clock.set("2026-09-29T10:00:00+08:00");
        runJobs();
        Fixtures.dispatch(dispatcher, "arrears-report");
        assertThat(subjectsTo("gdm@arrp.example")).noneMatch(s -> s.contains("欠费情况报表"));
        clock.set("2026-09-30T08:25:00+08:00");
        runJobs();
        runJobs();
        Fixtures.dispatch(dispatcher, "arrears-report");
        assertThat(subjectsTo("gdm@arrp.example")).filteredOn(s -> s.contains("欠费情况报表")).hasSize(1);
        // the emailed report carries the CSV for finance, the same as the one served over REST
        jakarta.mail.internet.MimeMessage mail = java.util.Arrays.stream(
                        io.frontdesk.notify.testing.StandIns.smtp().getReceivedMessagesForDomain("gdm@arrp.example"))
                .filter(m -> {
                    try {
                        return m.getSubject().contains("欠费情况报表");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElseThrow();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getWholeMessage(mail))
                .contains("arrears-report.csv").contains("text/csv");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        String attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("arrears-report.csv".equals(parts.getBodyPart(i).getFileName())) {
                attached = new String(parts.getBodyPart(i).getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(attached).contains("TOTAL,,,,,CNY,8300.34,0.00,8300.34");
    }

    @Test
    void aReleaseCheckIsRefusedWhileMoneyIsOwedAndOnlyAManagerOverrides() {
        // R-ARR-6
        clock.set("2026-11-02T10:00:00+08:00");
        Fixtures.unit(PROPERTY, "1205");
        long tenant = Fixtures.resident(PROPERTY, "1205", "赵租户", "138 0013 9400", "zhao@arr.example", "zh-CN");
        account(tenant, 2);
        bill(tenant, "2026-11", "700.00", "2026-11-30", "R-1205-2026-11");

        JsonPath refused = given().post("/api/properties/{code}/units/{unit}/release-checks", PROPERTY, "1205")
                .then().statusCode(200).body("allowed", equalTo(false)).body("owed.CNY", equalTo("700.00"))
                .extract().jsonPath();
        given().contentType(ContentType.JSON).body(Map.of("reason", "guaranteed"))
                .header("Authorization", "Bearer " + io.frontdesk.notify.testing.Tokens.staff(
                        java.util.Set.of(io.frontdesk.notify.common.security.Roles.FRONT_DESK), PROPERTY))
                .post("/api/properties/{code}/release-checks/{id}/override", PROPERTY, refused.getLong("id"))
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("reason", "guaranteed by the parent company"))
                .post("/api/properties/{code}/release-checks/{id}/override", PROPERTY, refused.getLong("id"))
                .then().statusCode(200).body("overrideReason", equalTo("guaranteed by the parent company"));

        pay(tenant, "700.00", "PAY-ARR-R1");
        given().post("/api/properties/{code}/units/{unit}/release-checks", PROPERTY, "1205")
                .then().statusCode(200).body("allowed", equalTo(true));
    }

    @Test
    void aPartialPaymentUnderTheRedLineStopsTheChainButTheTenantIsRemindedUntilNothingIsOverdue() {
        // R-ARR-3: back under the red line the escalation stops, the tenant reminders go on while anything is
        // overdue, and everything stops once paid in full. Deposit 3 months: the red line is 2 months overdue.
        String code = "ARRS";
        Fixtures.property(code);
        clock.set("2026-11-02T10:00:00+08:00");
        Fixtures.unit(code, "1601");
        Fixtures.staff(code, "PROJECT_DIRECTOR", "主任", "138 0013 9501", "director@arrs.example");
        Fixtures.staff(code, "GENERAL_DEPT_MANAGER", "经理", "138 0013 9502", "gdm@arrs.example");
        Fixtures.staff(code, "DEPUTY_GM", "副总", "138 0013 9503", "dgm@arrs.example");
        Fixtures.staff(code, "GM", "总经理", "138 0013 9504", "gm@arrs.example");
        long tenant = Fixtures.resident(code, "1601", "孙租户", "138 0013 9500", "tenant@arrs.example", "zh-CN");
        account(code, tenant, 3);
        bill(code, tenant, "2026-09", "3000.00", "2026-09-10", "R-1601-2026-09");
        bill(code, tenant, "2026-10", "3000.00", "2026-10-10", "R-1601-2026-10");
        assertThat(accountOf(code, tenant).getBoolean("redLineCrossed")).isTrue();

        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(mailsTo("director@arrs.example")).isEqualTo(1);
        assertThat(reminderSms("+8613800139500")).hasSize(1); // the payment notice 大廈交款通知
        // the first reminder after 3 days (Thursday 11-05 10:00)
        clock.set("2026-11-05T10:30:00+08:00");
        Fixtures.dispatch(dispatcher, "arrears");
        assertThat(reminderSms("+8613800139500")).hasSize(2).allMatch(text -> text.contains("2 个月"));

        // pays September: one month overdue, under the red line
        JsonPath partial = pay(code, tenant, "3000.00", "2026-11-05", "PAY-ARRS-1");
        assertThat(partial.getBoolean("redLineCrossed")).isFalse();
        assertThat(partial.getInt("monthsOverdue")).isEqualTo(1);
        assertThat(partial.getString("overdue")).isEqualTo("3000.00");
        for (int day = 6; day <= 25; day++) {
            clock.set(String.format("2026-11-%02dT10:30:00+08:00", day));
            Fixtures.dispatch(dispatcher, "arrears");
        }
        // the chain stopped: no reports after 7, 14 or 21 days, and the director heard nothing more
        assertThat(mailsTo("director@arrs.example")).isEqualTo(1);
        assertThat(mailsTo("gdm@arrs.example")).isZero();
        assertThat(mailsTo("dgm@arrs.example")).isZero();
        assertThat(mailsTo("gm@arrs.example")).isZero();
        // the reminders went on, every working day, with the current figures
        List<String> reminders = reminderSms("+8613800139500");
        assertThat(reminders).hasSizeGreaterThanOrEqualTo(10);
        assertThat(reminders.get(reminders.size() - 1)).contains("1 个月").contains("3000.00");

        JsonPath paid = pay(code, tenant, "3000.00", "2026-11-25", "PAY-ARRS-2");
        assertThat(paid.getString("outstanding")).isEqualTo("0.00");
        for (int day = 26; day <= 30; day++) {
            clock.set(String.format("2026-11-%02dT10:30:00+08:00", day));
            Fixtures.dispatch(dispatcher, "arrears");
        }
        assertThat(reminderSms("+8613800139500")).hasSize(reminders.size());
        assertThat(mailsTo("gdm@arrs.example") + mailsTo("dgm@arrs.example") + mailsTo("gm@arrs.example")).isZero();
    }

    /** The tenant's red-line reminders by SMS (templates/arrears/sms), not the bills' own notices. */
    static List<String> reminderSms(String phone) {
        return TwilioRequests.messagesTo(phone).stream().map(m -> m.get("Body"))
                .filter(text -> text.contains("个月费用逾期")).toList();
    }

    @Test
    void theDirectorGetsTheReconciliationOfTheLastFiveDaysOnTheSixthOnce() {
        // R-ARR-5: payments of the 1st to the 5th are reconciled to the project director on the 6th, with their sum
        String code = "ARRC";
        Fixtures.property(code);
        clock.set("2026-10-30T10:00:00+08:00");
        Fixtures.staff(code, "PROJECT_DIRECTOR", "主任", "138 0013 9601", "director@arrc.example");
        Fixtures.unit(code, "1701");
        Fixtures.unit(code, "1702");
        long a = Fixtures.resident(code, "1701", "甲", "138 0013 9610", "a@arrc.example", "zh-CN");
        long b = Fixtures.resident(code, "1702", "乙", "138 0013 9620", "b@arrc.example", "zh-CN");
        account(code, a, 2);
        account(code, b, 2);
        pay(code, a, "77.00", "2026-10-31", "PAY-ARRC-OCT31");
        String[][] window = {{"a", "1000.10", "2026-11-01", "PAY-ARRC-1"}, {"a", "250.25", "2026-11-03", "PAY-ARRC-3"},
                {"b", "99.99", "2026-11-05", "PAY-ARRC-5"}};
        BigDecimal expected = BigDecimal.ZERO;
        for (String[] p : window) {
            pay(code, p[0].equals("a") ? a : b, p[1], p[2], p[3]);
            expected = expected.add(new BigDecimal(p[1]));
        }
        pay(code, b, "500.00", "2026-11-06", "PAY-ARRC-6");

        // not on the 5th, and not before desk opening (08:20) on the 6th
        assertThat(reconcile(code, "2026-11-05T09:00:00+08:00")).isFalse();
        assertThat(reconcile(code, "2026-11-06T08:10:00+08:00")).isFalse();
        assertThat(reconcile(code, "2026-11-06T08:30:00+08:00")).isTrue();
        assertThat(reconcile(code, "2026-11-06T09:30:00+08:00")).isFalse(); // JobRuns: once per period
        Fixtures.dispatch(dispatcher, "arrears");

        List<jakarta.mail.internet.MimeMessage> mails = Mails.to("director@arrc.example");
        assertThat(mails).hasSize(1);
        assertThat(Mails.subject(mails.get(0))).contains("2026-11-01 至 2026-11-05");
        String text = Mails.text(mails.get(0));
        assertThat(text).contains("PAY-ARRC-1", "PAY-ARRC-3", "PAY-ARRC-5", "1000.10", "250.25", "99.99")
                .doesNotContain("PAY-ARRC-OCT31").doesNotContain("PAY-ARRC-6")
                .contains("共收款 3 笔").contains(expected.toPlainString());
        assertThat(expected).isEqualByComparingTo("1350.34");
    }

    boolean reconcile(String code, String at) {
        clock.set(at);
        try {
            return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> jobs.reconciliation(code, clock.now()));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
