package io.frontdesk.notify.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Passes from the access-control system over the machine's real RabbitMQ (a queue of its own per test run).
 * Properties MSG-PASS and MSG-PASS2 and phones 139 0079 0xxx belong to this class alone.
 */
@QuarkusTest
class PassEventsTest {

    static final String PROPERTY = "MSG-PASS";
    static final String OTHER = "MSG-PASS2";

    @Inject
    TestClock clock;

    Broker broker;

    @BeforeEach
    void setUp() throws Exception {
        clock.set("2026-11-24T10:00:00+08:00");
        Fixtures.property(PROPERTY);
        Fixtures.property(OTHER);
        broker = new Broker();
    }

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    static String issued(String messageId, String property, String holderPhone) {
        return """
                {"messageId": "%s", "type": "issued", "property": "%s", "kind": "CONTRACTOR",
                 "holder": {"name": "Worker", "phone": "%s"}, "company": "Acme Fitout", "deposit": "100.00",
                 "fee": "20.00", "currency": "CNY", "validFrom": "2026-11-24", "validUntil": "2026-12-31",
                 "issuedBy": "access-control"}""".formatted(messageId, property, holderPhone);
    }

    static List<Map<String, Object>> passesHeldBy(String property, String phone) {
        return given().get("/api/properties/{code}/passes", property).then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.holderPhone == '" + phone + "' }");
    }

    /** R-PASS-1: a pass issued at the gate is recorded once, however often the message is delivered. */
    @Test
    void anIssuedPassIsRecordedOnceEvenWhenRedelivered() throws Exception {
        broker.publishPassEvent(issued("pass-msg-1", PROPERTY, "139 0079 0001"));
        broker.publishPassEvent(issued("pass-msg-1", PROPERTY, "139 0079 0001"));
        broker.publishPassEvent(issued("pass-msg-1b", PROPERTY, "139 0079 0009")); // a marker that both were consumed

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> passesHeldBy(PROPERTY, "+8613900790009").size() == 1);
        assertThat(passesHeldBy(PROPERTY, "+8613900790001")).hasSize(1);
    }

    /** R-PASS-4: a lost pass reported by access control is void; another property's pass is refused. */
    @Test
    void aLostPassIsVoidedAndAnotherPropertysPassIsDeadLettered() throws Exception {
        broker.publishPassEvent(issued("pass-msg-2", PROPERTY, "139 0079 0002"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> passesHeldBy(PROPERTY, "+8613900790002").size() == 1);
        long id = ((Number) passesHeldBy(PROPERTY, "+8613900790002").get(0).get("id")).longValue();

        broker.publishPassEvent("""
                {"messageId": "pass-msg-3", "type": "lost", "property": "%s", "passId": %d, "reason": "dropped", "reportedBy": "gate-2"}"""
                .formatted(OTHER, id));
        Broker.Received refused = broker.awaitDeadLetter(r -> r.body().contains("pass-msg-3"));
        assertThat(refused.header("x-reason")).contains("passId");

        broker.publishPassEvent("""
                {"messageId": "pass-msg-4", "type": "lost", "property": "%s", "passId": %d, "reason": "dropped", "reportedBy": "gate-2"}"""
                .formatted(PROPERTY, id));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> "VOID".equals(passesHeldBy(PROPERTY, "+8613900790002").get(0).get("status")));
    }

    @Test
    void aMalformedOrUnknownPassEventIsDeadLetteredWithItsReason() throws Exception {
        broker.publishPassEvent("{\"messageId\": \"pass-msg-5\", \"type\": \"teleported\", \"property\": \"MSG-PASS\"}");
        assertThat(broker.awaitDeadLetter(r -> r.body().contains("pass-msg-5")).header("x-reason")).contains("type");
        broker.publishPassEvent("not json pass-msg-6");
        assertThat(broker.awaitDeadLetter(r -> r.body().contains("pass-msg-6")).header("x-reason")).contains("malformed");
    }
}
