package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The OpenAPI document describes every storage, pass and handover endpoint, with examples for request bodies. */
@QuarkusTest
class StorageOpenApiTest {

    @Test
    void everyNewEndpointIsDocumentedWithASummaryAndEveryBodyWithAnExample() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> expected = List.of("/api/properties/{code}/luggage", "/api/properties/{code}/luggage/collection",
                "/api/properties/{code}/luggage/lost-tickets", "/api/luggage/{id}", "/api/luggage/{id}/ticket",
                "/api/luggage/{id}/storeroom", "/api/properties/{code}/items", "/api/items/{id}", "/api/items/{id}/collection",
                "/api/properties/{code}/keys/loans", "/api/properties/{code}/keys/stock-counts", "/api/key-loans/{id}",
                "/api/key-loans/{id}/return", "/api/key-loans/{id}/report", "/api/properties/{code}/mail",
                "/api/properties/{code}/mail/overflow", "/api/properties/{code}/mail/not-resident",
                "/api/properties/{code}/mail/away/{residentId}", "/api/mail/{id}", "/api/mail/{id}/close",
                "/api/properties/{code}/passes", "/api/passes/{id}", "/api/passes/{id}/renewal", "/api/passes/{id}/lost",
                "/api/properties/{code}/handover");
        assertThat(paths.keySet()).containsAll(expected);
        for (String path : expected) {
            paths.get(path).forEach((method, operation) -> {
                assertThat(operation.get("summary")).as(method + " " + path).isNotNull();
                if (operation.get("requestBody") != null) {
                    String ref = doc.getString("paths.'" + path + "'." + method + ".requestBody.content.'application/json'.schema.$ref");
                    String schema = ref.substring(ref.lastIndexOf('/') + 1);
                    assertThat(doc.getList("components.schemas.'" + schema + "'.examples")).as(schema).isNotEmpty();
                }
            });
        }
    }
}
