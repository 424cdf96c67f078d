package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Items left at the front desk 物品暫存 (RULES.md section 4). */
@QuarkusTest
class ItemResourceTest {

    static final String PROPERTY = "ITM";
    static final String UNIT = "1203";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    static Map<String, Object> item(String depositorPhone, String expectedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", UNIT);
        body.put("owner", "王小明");
        body.put("description", "网球拍");
        body.put("designatedCollector", "王太太");
        body.put("depositor", Map.of("name", "李教练", "phone", depositorPhone));
        body.put("expectedOn", expectedOn);
        body.put("handledBy", "desk-anna");
        return body;
    }

    static JsonPath log(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/items", PROPERTY)
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse collect(long id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/items/{id}/collection", id).then();
    }

    @Test
    void anItemPastItsExpectedDateHasItsDepositorContactedEveryDayUntilCollected() {
        // R-ITEM-1, R-ITEM-3
        clock.set("2026-11-24T10:00:00+08:00");
        JsonPath logged = log(item("139 0017 1001", "2026-11-25"));
        assertThat(logged.getString("handledBy")).isEqualTo("desk-anna");
        assertThat(logged.getString("designatedCollector")).isEqualTo("王太太");

        clock.set("2026-11-26T08:19:00+08:00");
        Fixtures.dispatch(dispatcher, "item-test");
        assertThat(TwilioRequests.messagesTo("+8613900171001")).isEmpty();
        clock.set("2026-11-26T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "item-test");
        assertThat(TwilioRequests.messagesTo("+8613900171001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("I-" + logged.getLong("id")).contains("2026-11-25"));
        clock.set("2026-11-27T08:20:00+08:00");
        Fixtures.dispatch(dispatcher, "item-test");
        assertThat(TwilioRequests.messagesTo("+8613900171001")).hasSize(2);

        collect(logged.getLong("id"), Map.of("collectedBy", "王太太", "collectorIdNumber", "110101198001010000",
                "identityConfirmed", true, "handedOverBy", "desk-ben")).statusCode(200).body("status", equalTo("COLLECTED"));
        clock.set("2026-11-28T09:00:00+08:00");
        Fixtures.dispatch(dispatcher, "item-test");
        assertThat(TwilioRequests.messagesTo("+8613900171001")).hasSize(2);
    }

    @Test
    void anUnconfirmedCollectorIsRefusedAndTheDepositorContactedFirst() {
        // R-ITEM-2
        clock.set("2026-11-24T11:00:00+08:00");
        long id = log(item("139 0017 2001", "2026-11-30")).getLong("id");
        collect(id, Map.of("collectedBy", "陌生人", "identityConfirmed", false, "handedOverBy", "desk-ben"))
                .statusCode(422).body("errors.field", hasItem("identityConfirmed")).body("detail", containsString("李教练"));
        Fixtures.dispatch(dispatcher, "item-test");
        assertThat(TwilioRequests.messagesTo("+8613900172001")).singleElement()
                .satisfies(m -> assertThat(m.get("Body")).contains("陌生人").contains("I-" + id));
        given().get("/api/items/{id}", id).then().body("status", equalTo("HELD"));

        collect(id, Map.of("collectedBy", "访客", "identityConfirmed", true, "handedOverBy", "desk-ben"))
                .statusCode(400).body("errors.field", hasItem("collectorIdNumber"));
        long resident = Fixtures.resident(PROPERTY, UNIT, "王太太", "139 0017 2002", "wangtt@itm.example", "zh-CN");
        collect(id, Map.of("collectedBy", "王太太", "collectorResidentId", resident, "identityConfirmed", true,
                "handedOverBy", "desk-ben")).statusCode(200).body("status", equalTo("COLLECTED"));
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        int count = given().get("/api/properties/{code}/items", PROPERTY).then().extract().jsonPath().getList("$").size();
        Map<String, Object> body = item("139 0017 3001", "2026-11-30");
        body.put("unit", "9999");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/items", PROPERTY)
                .then().statusCode(422).body("errors.field", hasItem("unit"));
        body = item("139 0017 3001", "30/11/2026");
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/items", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("expectedOn"));
        body = item("139 0017 3001", "2026-11-30");
        body.remove("designatedCollector");
        body.put("depositor", Map.of("name", "", "email", "not-an-email"));
        given().contentType(ContentType.JSON).body(body).post("/api/properties/{code}/items", PROPERTY)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("designatedCollector", "depositor.name", "depositor.email"));
        assertThat(given().get("/api/properties/{code}/items", PROPERTY).then().extract().jsonPath().getList("$")).hasSize(count);
    }
}
