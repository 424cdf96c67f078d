package io.frontdesk.notify.testing;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A property with a unit and residents, made through the REST API as the front desk would. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Idempotent, so test classes can call it before each test (RestAssured's port is set per test). */
    public static void property(String code) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Tower " + code, "timeZone", "Asia/Shanghai",
                        "weekdayHours", "08:20-12:00,14:30-18:00", "weekendHours", "09:00-12:00,14:30-17:30"))
                .post("/api/properties")
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    public static void unit(String property, String unit) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", unit))
                .post("/api/properties/{code}/units", property)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
    }

    /** A current resident reachable by SMS and email; returns its id. */
    public static long resident(String property, String unit, String name, String phone, String email, String locale) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unit", unit, "name", name, "phone", phone, "email", email, "locale", locale,
                        "channels", List.of(), "movedIn", "2024-01-01"))
                .post("/api/properties/{code}/residents", property)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long staff(String property, String role, String name, String phone, String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("role", role, "name", name, "phone", phone, "email", email, "locale", "zh-CN"))
                .post("/api/properties/{code}/staff", property)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /**
     * {@code count} new residents of the unit, each with a parcel registered after the one before: their phones, in
     * that order. Resident i has the phone {@code phoneFormat} of i, the email label + i at example.com and the
     * parcel LABEL + i.
     */
    public static List<String> residentsWithParcels(String property, String unit, int count, String phoneFormat, String label) {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = String.format(phoneFormat, i);
            phones.add(phone);
            long resident = resident(property, unit, label + " " + i, phone, label + i + "@example.com", "en");
            parcel(property, unit, resident, label.toUpperCase() + i);
        }
        return phones;
    }

    public static long parcel(String property, String unit, long residentId, String tracking) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("unit", unit, "residentId", residentId, "kind", "EXPRESS", "carrier", "EMS",
                        "trackingNumber", tracking, "registeredBy", "desk-anna"))
                .post("/api/properties/{code}/parcels", property)
                .then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The follow-up of a parcel, with its reminders and deliveries. */
    public static JsonPath followUp(long parcel) {
        long id = given().get("/api/parcels/{id}", parcel).then().extract().jsonPath().getLong("followUpId");
        return given().get("/api/follow-ups/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** Runs the dispatcher once, as the scheduler would, on a Vert.x context. */
    public static int dispatch(Dispatcher dispatcher, String owner) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatchDue(owner));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
