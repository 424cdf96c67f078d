package io.frontdesk.notify.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A POST repeated with the same Idempotency-Key gets the first answer and creates nothing (issue 6). */
@QuarkusTest
class IdempotencyKeyTest {

    static final String PROPERTY = "IDEM";

    @Inject
    TestClock clock;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, "1");
    }

    private static io.restassured.response.Response register(long resident, String key) {
        var request = given().contentType(ContentType.JSON)
                .body(Map.of("unit", "1", "residentId", resident, "kind", "PARCEL", "registeredBy", "desk"));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/properties/{code}/parcels", PROPERTY);
    }

    @Test
    void aRepeatedRegistrationReturnsTheFirstAnswerAndRegistersOnce() {
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, "1", "Idem Tenant", "+8613200000001", "idem1@example.com", "en");

        long first = register(resident, "retry-42").then().statusCode(201).extract().jsonPath().getLong("id");
        register(resident, "retry-42").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) first));

        given().get("/api/properties/{code}/parcels?unit=1", PROPERTY).then()
                .body("findAll { it.residentId == " + resident + " }", hasSize(1));
        register(resident, null).then().statusCode(201);
        given().get("/api/properties/{code}/parcels?unit=1", PROPERTY).then()
                .body("findAll { it.residentId == " + resident + " }", hasSize(2));
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        long resident = Fixtures.resident(PROPERTY, "1", "Idem Two", "+8613200000002", "idem2@example.com", "en");
        register(resident, "shared-key").then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "shared-key")
                .body(Map.of("code", "IDEM-OTHER", "name", "Other"))
                .post("/api/properties")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().get("/api/properties/IDEM-OTHER").then().statusCode(404);
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameWayWhenRepeated() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bad-1").body(Map.of("unit", "nope"))
                .post("/api/properties/{code}/parcels", PROPERTY).then().statusCode(400);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "bad-1").body(Map.of("unit", "nope"))
                .post("/api/properties/{code}/parcels", PROPERTY).then().statusCode(400)
                .header("Idempotent-Replayed", "true").contentType("application/problem+json");
    }
}
