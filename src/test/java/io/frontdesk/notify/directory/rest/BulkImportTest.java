package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** POST /directory/import: hundreds of rows, all or nothing. */
@QuarkusTest
class BulkImportTest {

    private static Map<String, Object> directory(int units, int residents) {
        List<Map<String, Object>> unitRows = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            unitRows.add(Map.of("code", unitCode(u), "description", "floor " + (u / 10 + 1)));
        }
        List<Map<String, Object>> residentRows = new ArrayList<>();
        for (int r = 0; r < residents; r++) {
            residentRows.add(new HashMap<>(Map.of(
                    "unit", unitCode(r % units),
                    "name", "Resident " + r,
                    "phone", String.format("139 %04d %04d", r / 10000, r % 10000),
                    "channels", List.of("SMS", "VOICE"))));
        }
        return Map.of("units", unitRows, "residents", residentRows);
    }

    private static String unitCode(int u) {
        return "A" + (1001 + u);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> directory, int index) {
        return ((List<Map<String, Object>>) directory.get("residents")).get(index);
    }

    private static int residents(String property) {
        return given().get("/api/properties/{code}/residents", property).then().statusCode(200).extract().path("size()");
    }

    private static int units(String property) {
        return given().get("/api/properties/{code}/units", property).then().statusCode(200).extract().path("size()");
    }

    @Test
    void fiveHundredResidentsAreImportedInOneRequest() {
        Fixtures.property("bulk-ok");
        given().contentType(ContentType.JSON).body(directory(120, 500))
                .post("/api/properties/bulk-ok/directory/import")
                .then().statusCode(200)
                .body("unitsCreated", equalTo(120))
                .body("residentsCreated", equalTo(500));
        assertEquals(500, residents("bulk-ok"));
        given().get("/api/properties/bulk-ok/residents?unit=A1001").then()
                .body("[0].phone", equalTo("+8613900000000"));
    }

    @Test
    void existingUnitsAreReusedAndResidentsAppended() {
        Fixtures.property("bulk-again");
        Fixtures.unit("bulk-again", "A1001");
        given().contentType(ContentType.JSON).body(directory(3, 5))
                .post("/api/properties/bulk-again/directory/import")
                .then().statusCode(200)
                .body("unitsCreated", equalTo(2))
                .body("unitsReused", equalTo(1));
        given().contentType(ContentType.JSON).body(directory(3, 5))
                .post("/api/properties/bulk-again/directory/import")
                .then().statusCode(200).body("unitsReused", equalTo(3));
        assertEquals(10, residents("bulk-again"));
    }

    @Test
    void oneBadPhoneInRow317RejectsTheWholeImportAndWritesNothing() {
        Fixtures.property("bulk-bad");
        Map<String, Object> directory = directory(120, 500);
        row(directory, 317).put("phone", "12345");

        given().contentType(ContentType.JSON).body(directory)
                .post("/api/properties/bulk-bad/directory/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("residents[317].phone"));

        assertEquals(0, residents("bulk-bad"));
        assertEquals(0, units("bulk-bad"));
    }

    @Test
    void everyBadRowIsListed() {
        Fixtures.property("bulk-many");
        Map<String, Object> directory = directory(10, 50);
        row(directory, 3).put("unit", "Z9");
        row(directory, 12).put("movedIn", "2026-02-30");
        row(directory, 12).put("email", "nope");
        row(directory, 40).remove("phone");
        row(directory, 49).put("channels", List.of("PIGEON"));

        given().contentType(ContentType.JSON).body(directory)
                .post("/api/properties/bulk-many/directory/import")
                .then().statusCode(400)
                .body("errors.field", contains("residents[3].unit", "residents[12].email", "residents[12].movedIn",
                        "residents[40].phone", "residents[49].channels[0]"));
        assertEquals(0, residents("bulk-many"));
    }

    @Test
    void aUnitListedTwiceIsNamed() {
        Fixtures.property("bulk-twice");
        Map<String, Object> body = Map.of("units", List.of(Map.of("code", "1"), Map.of("code", "1")), "residents", List.of());
        given().contentType(ContentType.JSON).body(body)
                .post("/api/properties/bulk-twice/directory/import")
                .then().statusCode(400).body("errors.field", contains("units[1].code"));
    }

    @Test
    void anImportForAnUnknownPropertyIsNotFound() {
        given().contentType(ContentType.JSON).body(directory(1, 1))
                .post("/api/properties/bulk-nowhere/directory/import")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
