package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A tenant sees and acknowledges only their own items and passes (issue 7), never a neighbour's. */
@QuarkusTest
class TenantMattersTest {

    static final String PROPERTY = "MINE";

    @Inject
    TestClock clock;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, "A1");
        Fixtures.unit(PROPERTY, "B2");
    }

    private static long logItem(String unit, String description) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unit", unit, "owner", "Owner of " + unit, "description", description,
                        "designatedCollector", "anyone", "depositor", Map.of("name", "Visitor", "phone", "139 0000 1111"),
                        "expectedOn", "2026-12-03", "handledBy", "desk"))
                .post("/api/properties/{code}/items", PROPERTY).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long issuePass(String holderPhone) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("kind", "IDENTITY", "holder", Map.of("name", "Holder", "phone", holderPhone),
                        "company", "Self", "deposit", "0.00", "fee", "0.00", "currency", "CNY",
                        "validFrom", "2026-12-01", "validUntil", "2026-12-31", "issuedBy", "desk"))
                .post("/api/properties/{code}/passes", PROPERTY).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aTenantSeesTheItemsHeldForTheirUnitOnly() {
        clock.set("2026-12-01T10:00:00+08:00");
        long me = Fixtures.resident(PROPERTY, "A1", "Unit A", "+8613100000001", "mine1@example.com", "en");
        long mine = logItem("A1", "books for A1");
        long theirs = logItem("B2", "racket for B2");
        String token = "Bearer " + Tokens.tenant(me);

        given().header("Authorization", token).get("/api/me/items").then().statusCode(200)
                .body("id", equalTo(List.of((int) mine)));
        given().header("Authorization", token).post("/api/me/items/{id}/acknowledge", theirs).then().statusCode(404);
        given().header("Authorization", token).post("/api/me/items/{id}/acknowledge", mine).then().statusCode(200);
    }

    @Test
    void aTenantSeesThePassesThatNameThemOnly() {
        clock.set("2026-12-01T10:00:00+08:00");
        long me = Fixtures.resident(PROPERTY, "A1", "Pass Holder", "+8613100000002", "mine2@example.com", "en");
        long mine = issuePass("131 0000 0002");
        long theirs = issuePass("131 0000 0003");
        String token = "Bearer " + Tokens.tenant(me);

        given().header("Authorization", token).get("/api/me/passes").then().statusCode(200)
                .body("id", equalTo(List.of((int) mine)));
        given().header("Authorization", token).post("/api/me/passes/{id}/acknowledge", theirs).then().statusCode(404);
        given().header("Authorization", token).post("/api/me/passes/{id}/acknowledge", mine).then().statusCode(200);
    }
}
