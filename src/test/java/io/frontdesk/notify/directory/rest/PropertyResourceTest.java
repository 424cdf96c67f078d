package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PropertyResourceTest {

    @Test
    void aNewPropertyGetsTheManualsDeskHoursAndShanghaiTime() {
        given().contentType(ContentType.JSON).body(Map.of("code", "prop-a", "name", "Harbour Tower"))
                .post("/api/properties")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("code", equalTo("prop-a"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("weekdayHours", equalTo("08:20-12:00,14:30-18:00"))
                .body("weekendHours", equalTo("09:00-12:00,14:30-17:30"));

        given().get("/api/properties/prop-a").then().statusCode(200).body("name", equalTo("Harbour Tower"));
        given().get("/api/properties").then().statusCode(200).body("code", hasItem("prop-a"));
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Fixtures.property("prop-dup");
        given().contentType(ContentType.JSON).body(Map.of("code", "prop-dup", "name", "Again"))
                .post("/api/properties")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "name", "", "timeZone", "Mars/Olympus",
                        "weekdayHours", "18:00-08:00", "weekendHours", "nine to five"))
                .post("/api/properties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("code", "name", "timeZone", "weekdayHours", "weekendHours"));
    }

    @Test
    void hoursAndTimeZoneCanBeReplacedButNotTheCode() {
        Fixtures.property("prop-put");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed", "timeZone", "Asia/Hong_Kong", "weekdayHours", "09:00-18:00"))
                .put("/api/properties/prop-put")
                .then().statusCode(200)
                .body("timeZone", equalTo("Asia/Hong_Kong"))
                .body("weekdayHours", equalTo("09:00-18:00"));

        given().contentType(ContentType.JSON).body(Map.of("code", "other", "name", "Renamed"))
                .put("/api/properties/prop-put")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aDeletedPropertyIsGone() {
        Fixtures.property("prop-del");
        Fixtures.unit("prop-del", "101");
        given().delete("/api/properties/prop-del").then().statusCode(204);
        given().get("/api/properties/prop-del").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        given().get("/api/properties/nowhere").then().statusCode(404)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        given().get("/api/properties/nowhere/units").then().statusCode(404);
    }

    @Test
    void malformedJsonIsABadRequestNamingTheBody() {
        given().contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .post("/api/properties")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().contentType(ContentType.TEXT).body("code=x")
                .post("/api/properties")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
