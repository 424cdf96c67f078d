package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Units, residents and staff contacts of one property. */
@QuarkusTest
class DirectoryResourceTest {

    private static final String P = "dir-res";

    private static boolean created;

    /** Once per class, but inside a test: REST Assured knows the test port only then. */
    @BeforeEach
    void propertyWithTwoUnits() {
        if (!created) {
            Fixtures.property(P);
            Fixtures.unit(P, "1203");
            Fixtures.unit(P, "1204");
            created = true;
        }
    }

    private static Map<String, Object> resident(Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("unit", "1203", "name", "Chen Jing", "phone", "138 0013 8000"));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private static int residentCount() {
        return given().get("/api/properties/{code}/residents", P).then().statusCode(200).extract().path("size()");
    }

    @Test
    void aUnitIsListedAndADuplicateUnitIsAConflict() {
        given().get("/api/properties/{code}/units/1203", P).then().statusCode(200).body("code", equalTo("1203"));
        given().contentType(ContentType.JSON).body(Map.of("code", "1203"))
                .post("/api/properties/{code}/units", P)
                .then().statusCode(409).body("errors[0].field", equalTo("code"));
        given().get("/api/properties/{code}/units/9999", P).then().statusCode(404);
    }

    @Test
    void aResidentsPhoneIsStoredInE164WithChineseDefaults() {
        int id = given().contentType(ContentType.JSON)
                .body(resident("email", "chen@example.com", "channels", List.of("SMS", "EMAIL")))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(201)
                .body("phone", equalTo("+8613800138000"))
                .body("locale", equalTo("zh-CN"))
                .body("channels", contains("SMS", "EMAIL"))
                .extract().path("id");

        given().get("/api/properties/{code}/residents/{id}", P, id).then().statusCode(200)
                .body("unit", equalTo("1203"));
        given().get("/api/properties/{code}/residents?unit=1203", P).then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void aHongKongNumberKeepsItsCountryCode() {
        given().contentType(ContentType.JSON).body(resident("phone", "+852 9123 4567", "locale", "en"))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(201).body("phone", equalTo("+85291234567"));
    }

    @Test
    void anInvalidPhoneIsRefusedNamingPhone() {
        given().contentType(ContentType.JSON).body(resident("phone", "12345"))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("phone"));
    }

    @Test
    void aResidentNeedsAPhoneOrAnEmail() {
        Map<String, Object> body = resident();
        body.remove("phone");
        given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(400).body("errors.field", contains("phone"));
    }

    @Test
    void anUnknownUnitIsRefusedNamingUnit() {
        // R-PARCEL-2 relies on residents belonging to real units.
        given().contentType(ContentType.JSON).body(resident("unit", "9999"))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(400).body("errors.field", contains("unit"));
    }

    @Test
    void movingOutBeforeMovingInIsRefusedNamingMovedOut() {
        given().contentType(ContentType.JSON).body(resident("movedIn", "2026-03-01", "movedOut", "2026-02-01"))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(400).body("errors.field", contains("movedOut"));
    }

    @Test
    void anImpossibleDateAndABadEmailAndAnUnknownChannelAreAllNamed() {
        given().contentType(ContentType.JSON)
                .body(resident("movedIn", "2026-02-30", "email", "not-an-email", "channels", List.of("SMS", "FAX"), "locale", "fr"))
                .post("/api/properties/{code}/residents", P)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("movedIn", "email", "channels[1]", "locale"));
    }

    @Test
    void badInputChangesNothing() {
        int before = residentCount();
        given().contentType(ContentType.JSON).body(resident("phone", "12345"))
                .post("/api/properties/{code}/residents", P).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"unit\": \"1203\", \"name\": ")
                .post("/api/properties/{code}/residents", P).then().statusCode(400);
        given().contentType(ContentType.JSON).body(resident("movedIn", "2026-02-30"))
                .post("/api/properties/{code}/residents", P).then().statusCode(400);
        assertEquals(before, residentCount());
    }

    @Test
    void aResidentCanBeReplacedAndDeleted() {
        int id = given().contentType(ContentType.JSON).body(resident())
                .post("/api/properties/{code}/residents", P).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(resident("unit", "1204", "phone", "", "email", "li@example.com", "movedOut", "2026-12-31"))
                .put("/api/properties/{code}/residents/{id}", P, id)
                .then().statusCode(200)
                .body("unit", equalTo("1204"))
                .body("phone", nullValue())
                .body("movedOut", equalTo("2026-12-31"));

        given().delete("/api/properties/{code}/residents/{id}", P, id).then().statusCode(204);
        given().get("/api/properties/{code}/residents/{id}", P, id).then().statusCode(404);
    }

    @Test
    void aUnitWithResidentsCannotBeDeleted() {
        Fixtures.unit(P, "1501");
        given().contentType(ContentType.JSON).body(resident("unit", "1501"))
                .post("/api/properties/{code}/residents", P).then().statusCode(201);
        given().delete("/api/properties/{code}/units/1501", P).then().statusCode(409);

        Fixtures.unit(P, "1502");
        given().delete("/api/properties/{code}/units/1502", P).then().statusCode(204);
    }

    @Test
    void aStaffContactHoldsAStaffRole() {
        int id = given().contentType(ContentType.JSON)
                .body(Map.of("role", "SUPERVISOR", "name", "Wang Li", "phone", "13900139000"))
                .post("/api/properties/{code}/staff", P)
                .then().statusCode(201)
                .body("phone", equalTo("+8613900139000"))
                .extract().path("id");
        given().get("/api/properties/{code}/staff", P).then().statusCode(200)
                .body("findAll { it.role == 'SUPERVISOR' }", hasSize(1));
        given().delete("/api/properties/{code}/staff/{id}", P, id).then().statusCode(204);
        given().delete("/api/properties/{code}/staff/{id}", P, id).then().statusCode(404);
    }

    @Test
    void theTenantIsNotAStaffRole() {
        given().contentType(ContentType.JSON).body(Map.of("role", "TENANT", "name", "X", "email", "x@example.com"))
                .post("/api/properties/{code}/staff", P)
                .then().statusCode(400).body("errors.field", contains("role"));
        given().contentType(ContentType.JSON).body(Map.of("role", "JANITOR", "name", "X", "email", "x@example.com"))
                .post("/api/properties/{code}/staff", P)
                .then().statusCode(400).body("errors.field", contains("role"));
    }
}
