package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Set-up calls shared by the directory tests; each test class uses its own property codes. */
final class Fixtures {

    private Fixtures() {
    }

    static void property(String code) {
        given().contentType(ContentType.JSON).body(Map.of("code", code, "name", "Tower " + code))
                .post("/api/properties").then().statusCode(201);
    }

    static void unit(String property, String unit) {
        given().contentType(ContentType.JSON).body(Map.of("code", unit))
                .post("/api/properties/{code}/units", property).then().statusCode(201);
    }
}
