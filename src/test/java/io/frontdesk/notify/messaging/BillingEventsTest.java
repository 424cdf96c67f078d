package io.frontdesk.notify.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The billing system's bills and payments over the machine's real RabbitMQ (queue frontdesk.billing-events; a queue of its own per test run).
 * Property MSG-BILL and phones 139 0078 0xxx belong to this class alone.
 */
@QuarkusTest
class BillingEventsTest {

    static final String PROPERTY = "MSG-BILL";

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    Broker broker;

    @BeforeEach
    void setUp() throws Exception {
        clock.set("2026-11-24T10:00:00+08:00");
        Fixtures.property(PROPERTY);
        broker = new Broker();
    }

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    /** R-ARR-1, R-ARR-2: a bill and a payment from the billing system show on the tenant's account. */
    @Test
    void aPeriodAndAPaymentArriveAndShowOnTheAccount() throws Exception {
        long tenant = tenantWithAccount("1801", 1);
        broker.publishBillingEvent(period("bill-1801-11", tenant, "2500.50", "BILL-1801-2026-11"));
        JsonPath billed = awaitAccount(tenant, a -> a.getList("periods").size() == 1);
        assertThat(billed.getString("periods[0].reference")).isEqualTo("BILL-1801-2026-11");
        assertThat(billed.getString("periods[0].amount")).isEqualTo("2500.50");
        assertThat(billed.getString("outstanding")).isEqualTo("2500.50");

        broker.publishBillingEvent(payment("pay-1801-1", tenant, "1000.25", "CNY", "PAY-1801-1"));
        JsonPath paid = awaitAccount(tenant, a -> a.getString("outstanding").equals("1500.25"));
        assertThat(paid.getString("periods[0].paid")).isEqualTo("1000.25");
    }

    @Test
    void aRedeliveredMessageRecordsNothingTwiceAndIsNotRefused() throws Exception {
        long tenant = tenantWithAccount("1802", 1);
        String bill = period("bill-1802-11", tenant, "800.00", "BILL-1802-2026-11");
        String pay = payment("pay-1802-1", tenant, "300.00", "CNY", "PAY-1802-1");
        broker.drainDeadLetters();
        broker.publishBillingEvent(bill);
        broker.publishBillingEvent(bill);
        broker.publishBillingEvent(pay);
        broker.publishBillingEvent(pay);
        // One consumer takes the queue in order: once a later message shows, every copy before it was processed.
        broker.publishBillingEvent(payment("pay-1802-2", tenant, "0.01", "CNY", "PAY-1802-2"));

        JsonPath account = awaitAccount(tenant, a -> a.getString("outstanding").equals("499.99"));
        assertThat(account.getList("periods")).hasSize(1);
        // the copies were recognised by their messageId, not refused as duplicated references
        assertThat(broker.drainDeadLetters()).doesNotContain(bill, pay);
    }

    @Test
    void aPaymentInAnotherCurrencyOrNegativeIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() throws Exception {
        long tenant = tenantWithAccount("1803", 2);
        String dollars = payment("pay-1803-usd", tenant, "100.00", "USD", "PAY-1803-USD");
        String negative = payment("pay-1803-neg", tenant, "-5.00", "CNY", "PAY-1803-NEG");
        String unknownType = json.writeValueAsString(Map.of("messageId", "refund-1803", "type", "refund",
                "property", PROPERTY, "residentId", tenant));
        String malformed = "{\"messageId\":\"bill-1803-bad\",\"type\":\"period\",";
        for (String body : new String[] {dollars, negative, unknownType, malformed}) {
            broker.publishBillingEvent(body);
        }
        broker.publishBillingEvent(payment("pay-1803-ok", tenant, "10.00", "CNY", "PAY-1803-OK"));

        Broker.Received usd = broker.awaitDeadLetter(m -> m.body().equals(dollars));
        assertThat(usd.header("x-reason")).contains("currency").contains("CNY").contains("USD");
        assertThat(usd.header("x-channel")).isEqualTo("billing-events");
        assertThat(broker.awaitDeadLetter(m -> m.body().equals(negative)).header("x-reason"))
                .isEqualTo("amount: must be greater than 0");
        assertThat(broker.awaitDeadLetter(m -> m.body().equals(unknownType)).header("x-reason"))
                .isEqualTo("type: must be period or payment");
        assertThat(broker.awaitDeadLetter(m -> m.body().equals(malformed)).header("x-reason"))
                .startsWith("malformed JSON");

        JsonPath account = awaitAccount(tenant, a -> a.getString("credit").equals("10.00"));
        assertThat(account.getString("outstanding")).isEqualTo("0.00");
    }

    private long tenantWithAccount(String unit, int depositMonths) {
        Fixtures.unit(PROPERTY, unit);
        long tenant = Fixtures.resident(PROPERTY, unit, "租户" + unit, "139 0078 0" + unit.substring(1),
                unit + "@bill.example.com", "zh-CN");
        given().contentType(ContentType.JSON).body(Map.of("depositMonths", depositMonths, "currency", "CNY"))
                .put("/api/properties/{code}/arrears/accounts/{id}", PROPERTY, tenant).then().statusCode(200);
        return tenant;
    }

    /** A bill as README "Messages" documents it: the envelope and the body of POST …/arrears/periods. */
    private String period(String messageId, long tenant, String amount, String reference) throws Exception {
        Map<String, Object> body = envelope(messageId, "period");
        body.putAll(Map.of("residentId", tenant, "kind", "RENT", "period", "2026-12", "amount", amount,
                "currency", "CNY", "dueDate", "2026-12-10", "reference", reference));
        return json.writeValueAsString(body);
    }

    private String payment(String messageId, long tenant, String amount, String currency, String reference)
            throws Exception {
        Map<String, Object> body = envelope(messageId, "payment");
        body.putAll(Map.of("residentId", tenant, "amount", amount, "currency", currency, "paidOn", "2026-11-24",
                "reference", reference));
        return json.writeValueAsString(body);
    }

    private static Map<String, Object> envelope(String messageId, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", messageId);
        body.put("type", type);
        body.put("property", PROPERTY);
        return body;
    }

    private static JsonPath awaitAccount(long tenant, java.util.function.Predicate<JsonPath> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/properties/{code}/arrears/accounts/{id}", PROPERTY, tenant)
                        .then().statusCode(200).extract().jsonPath(), wanted::test);
    }
}
