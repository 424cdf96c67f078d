package io.frontdesk.notify.common.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Whatever goes wrong with a request, the answer is problem+json that names what to fix. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsRead() {
        String huge = "{\"code\":\"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .post("/api/properties")
                .then().statusCode(413).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void missingFieldsAreNamedWithoutTheJavaParameter() {
        given().contentType(ContentType.JSON).body("{}")
                .post("/api/properties/ANY/parcels")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("unit", "residentId", "kind", "registeredBy"));
    }

    @Test
    void aMissingBodyIsNamedBody() {
        given().contentType(ContentType.JSON)
                .post("/api/parcels/1/collection")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().delete("/api/simulations")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
