package io.frontdesk.notify.handover;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The shift handover 交接班 (R-LUG-5, R-ITEM-4, R-DESK-2). */
@QuarkusTest
class HandoverResourceTest {

    static final String PROPERTY = "HOV";
    static final String UNIT = "2301";
    static final String SHIFT = "2026-11-24T08:00:00+08:00";

    @Inject
    TestClock clock;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    static int deposit(String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("depositor", Map.of("name", name, "phone", "139 0019 0001"), "size", "SMALL",
                        "location", "shelf C", "expectedPeriod", "PT8H", "depositedBy", "desk-anna"))
                .post("/api/properties/{code}/luggage", PROPERTY).then().statusCode(201).extract().jsonPath().getInt("ticketNumber");
    }

    @Test
    void theHandoverListsLuggageItemsKeysParcelsAndOpenFollowUpsWithTheirNextStep() {
        // R-LUG-5: every stored piece, every deposit and collection of the shift; R-ITEM-4: items held;
        // R-DESK-2: outstanding matters with their next step
        clock.set("2026-11-24T07:00:00+08:00");
        int before = deposit("Early Guest");
        clock.set("2026-11-24T09:00:00+08:00");
        int during = deposit("Late Guest");
        clock.set("2026-11-24T10:00:00+08:00");
        given().contentType(ContentType.JSON)
                .body(Map.of("ticketNumber", before, "collectedBy", "Early Guest", "handedOverBy", "desk-ben"))
                .post("/api/properties/{code}/luggage/collection", PROPERTY).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("unit", UNIT, "owner", "林先生", "description", "books", "designatedCollector", "林太太",
                        "depositor", Map.of("name", "快递员", "phone", "139 0019 0002"), "expectedOn", "2026-11-25",
                        "handledBy", "desk-anna"))
                .post("/api/properties/{code}/items", PROPERTY).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("keyCode", "K-HOV", "borrower", Map.of("name", "维修 何", "phone", "139 0019 0003"),
                        "dueBack", "2026-11-24T16:00:00+08:00", "lentBy", "desk-anna"))
                .post("/api/properties/{code}/keys/loans", PROPERTY).then().statusCode(201);
        long resident = Fixtures.resident(PROPERTY, UNIT, "林先生", "139 0019 0004", "lin@hov.example", "zh-CN");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "EA000HOV01CN");

        clock.set("2026-11-24T11:00:00+08:00");
        JsonPath h = given().accept(ContentType.JSON).get("/api/properties/{code}/handover?since={s}", PROPERTY, SHIFT)
                .then().statusCode(200).extract().jsonPath();
        assertThat(h.getList("luggageStored.ticketNumber", Integer.class)).contains(during).doesNotContain(before);
        assertThat(h.getList("luggageDeposited.ticketNumber", Integer.class)).contains(during).doesNotContain(before);
        assertThat(h.getList("luggageCollected.ticketNumber", Integer.class)).contains(before);
        assertThat(h.getList("itemsHeld.designatedCollector", String.class)).contains("林太太");
        assertThat(h.getList("keysOut.keyCode", String.class)).contains("K-HOV");
        assertThat(h.getList("parcelsWaiting.id", Long.class)).contains(parcel);
        List<Map<String, Object>> open = h.getList("openFollowUps");
        assertThat(open).anySatisfy(f -> {
            assertThat(f.get("subject")).isEqualTo("parcel:" + parcel);
            assertThat(f.get("nextStep")).isNotNull();
            assertThat((String) f.get("nextDueAt")).endsWith("+08:00");
        });
        assertThat(open).anySatisfy(f -> assertThat(f.get("kind")).isEqualTo("key-loan"));

        String page = given().accept(ContentType.HTML).get("/api/properties/{code}/handover?since={s}", PROPERTY, SHIFT)
                .then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        assertThat(page).contains("交接班记录").contains("K-HOV").contains("林太太").contains("parcel:" + parcel)
                .contains("Late Guest");
    }

    @Test
    void aBadSinceIsAProblemNamingTheParameter() {
        given().get("/api/properties/{code}/handover?since=yesterday", PROPERTY).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("since"));
        given().get("/api/properties/{code}/handover", "NOPE").then().statusCode(404);
    }
}
