package io.frontdesk.notify.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.engine.events.OutboxEvent;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Messages on the machine's real RabbitMQ: lockers' arrivals in, dead letters, and the engine's notification
 * events out. Properties MSG-* and phones 139 0077 0xxx belong to this class alone.
 */
@QuarkusTest
class MessagingTest {

    static final String PROPERTY = "MSG-IN";
    static final String UNIT = "1501";
    static final String OTHER_UNIT = "1502";

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    Broker broker;
    long resident;

    @BeforeEach
    void setUp() throws Exception {
        clock.set("2026-11-24T10:00:00+08:00");
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
        Fixtures.unit(PROPERTY, OTHER_UNIT);
        resident = Fixtures.resident(PROPERTY, UNIT, "陈静", "139 0077 0001", "chen@msg.example.com", "zh-CN");
        broker = new Broker();
    }

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    /** R-PARCEL-1: a locker's arrival registers the parcel and plans the tenant's reminders at once. */
    @Test
    void arrivalFromLockerRegistersTheParcelWithItsReminders() throws Exception {
        broker.publishArrival(arrival("locker-a1", "SF1000000001", resident));

        JsonPath parcel = awaitParcel("SF1000000001");
        assertThat(parcel.getString("unit")).isEqualTo(UNIT);
        assertThat(parcel.getLong("residentId")).isEqualTo(resident);
        assertThat(parcel.getString("registeredBy")).isEqualTo("locker-7");
        assertThat(parcel.getList("nextReminders")).isNotEmpty();
    }

    @Test
    void redeliveryOfTheSameMessageIdRegistersOneParcel() throws Exception {
        broker.publishArrival(arrival("locker-dup", "SF1000000002", resident));
        broker.publishArrival(arrival("locker-dup", "SF1000000002", resident));
        // One consumer takes the channel in order: once a later message is in, both copies were processed.
        broker.publishArrival(arrival("locker-dup-after", "SF1000000003", resident));
        awaitParcel("SF1000000003");

        assertThat(parcelsTracked("SF1000000002")).hasSize(1);
    }

    /** R-PARCEL-2: a non-resident's item is refused; bad messages are set aside and the consumer goes on. */
    @Test
    void malformedAndRefusedArrivalsAreDeadLetteredAndTheConsumerGoesOn() throws Exception {
        long otherUnitsResident = Fixtures.resident(PROPERTY, OTHER_UNIT, "周平", "139 0077 0002",
                "zhou@msg.example.com", "zh-CN");
        String malformed = "{\"messageId\":\"locker-bad-json\",\"property\":\"" + PROPERTY + "\",";
        Map<String, Object> withoutUnit = fields("locker-no-unit", "SF1000000004", resident);
        withoutUnit.remove("unit");
        String missingUnit = json.writeValueAsString(withoutUnit);
        String nonResident = arrival("locker-non-resident", "SF1000000005", otherUnitsResident);
        broker.publishArrival(malformed);
        broker.publishArrival(missingUnit);
        broker.publishArrival(nonResident);
        broker.publishArrival(arrival("locker-good-after", "SF1000000006", resident));

        Broker.Received bad = broker.awaitDeadLetter(m -> m.body().equals(malformed));
        assertThat(bad.header("x-reason")).startsWith("malformed JSON");
        assertThat(bad.header("x-channel")).isEqualTo("parcel-arrivals");
        Broker.Received noUnit = broker.awaitDeadLetter(m -> m.body().equals(missingUnit));
        assertThat(noUnit.header("x-reason")).isEqualTo("unit: must not be blank");
        Broker.Received refused = broker.awaitDeadLetter(m -> m.body().equals(nonResident));
        assertThat(refused.header("x-reason")).contains("residentId").contains("R-PARCEL-2");

        awaitParcel("SF1000000006");
        assertThat(parcelsTracked("SF1000000005")).isEmpty();
        assertThat(parcelsTracked("SF1000000004")).isEmpty();
    }

    @Test
    void engineEventsArePublishedToTheNotificationExchangeWithTheirEventId() throws Exception {
        String queue = broker.bindNotifications("follow-up.opened");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "SF1000000007");

        Broker.Received opened = broker.await(queue, m -> m.body().contains("\"subject\":\"parcel:" + parcel + "\""));
        JsonNode event = json.readTree(opened.body());
        assertThat(opened.routingKey()).isEqualTo("follow-up.opened");
        assertThat(event.get("type").asText()).isEqualTo("follow-up.opened");
        assertThat(event.get("property").asText()).isEqualTo(PROPERTY);
        long eventId = event.get("eventId").asLong();
        assertThat(opened.header("eventId")).isEqualTo(String.valueOf(eventId));
        assertThat(opened.messageId()).isEqualTo(String.valueOf(eventId));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> outboxEvent(eventId).publishedAt != null);
    }

    private String arrival(String messageId, String tracking, long residentId) throws Exception {
        return json.writeValueAsString(fields(messageId, tracking, residentId));
    }

    /** An arrival as README "Messages" documents it. */
    private static Map<String, Object> fields(String messageId, String tracking, long residentId) {
        return new LinkedHashMap<>(Map.of("messageId", messageId, "property", PROPERTY, "unit", UNIT,
                "residentId", residentId, "kind", "EXPRESS", "carrier", "SF", "trackingNumber", tracking,
                "registeredBy", "locker-7"));
    }

    private JsonPath awaitParcel(String tracking) {
        List<Map<String, Object>> found = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> parcelsTracked(tracking), list -> !list.isEmpty());
        assertThat(found).hasSize(1);
        return new JsonPath(given().get("/api/parcels/{id}", found.get(0).get("id")).then().statusCode(200)
                .extract().asString());
    }

    private List<Map<String, Object>> parcelsTracked(String tracking) {
        List<Map<String, Object>> all = given().get("/api/properties/{code}/parcels", PROPERTY)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> tracking.equals(p.get("trackingNumber"))).toList();
    }

    private static OutboxEvent outboxEvent(long id) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> OutboxEvent.<OutboxEvent>findById(id)));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
