package io.frontdesk.notify.common.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Every staff action is recorded with who, when and what, and managers can list it (issue 7). */
@QuarkusTest
class AuditLogTest {

    static final String PROPERTY = "AUD";

    @Inject
    TestClock clock;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, "101");
    }

    @Test
    void registrationCollectionAndPolicyChangesAreRecordedWithWhoAndWhat() {
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(PROPERTY, "101", "Audit Tenant", "+8613400000001", "aud1@example.com", "en");
        String desk = "Bearer " + Tokens.staff(Set.of(Roles.FRONT_DESK), PROPERTY);
        long parcel = given().header("Authorization", desk).contentType(ContentType.JSON)
                .body(Map.of("unit", "101", "residentId", resident, "kind", "PARCEL", "registeredBy", "desk-lee"))
                .post("/api/properties/{code}/parcels", PROPERTY).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().header("Authorization", desk).contentType(ContentType.JSON)
                .body(Map.of("collectedBy", "Audit Tenant", "handedOverBy", "desk-lee"))
                .post("/api/parcels/{id}/collection", parcel).then().statusCode(200);

        given().get("/api/audit?property={p}", PROPERTY).then().statusCode(200)
                .body("action", hasItem("PropertyParcelResource.register"))
                .body("action", hasItem("ParcelResource.collect"))
                .body("find { it.action == 'ParcelResource.collect' }.actor", equalTo("staff-front-desk"))
                .body("find { it.action == 'ParcelResource.collect' }.path", equalTo("/api/parcels/" + parcel + "/collection"))
                .body("find { it.action == 'ParcelResource.collect' }.details", org.hamcrest.Matchers.containsString("desk-lee"))
                .body("find { it.action == 'PropertyParcelResource.register' }.at", equalTo("2026-12-01T02:00:00Z"));
    }

    @Test
    void aRefusedActionLeavesNoEntry() {
        given().contentType(ContentType.JSON).body(Map.of("unit", "404", "residentId", 1, "kind", "PARCEL",
                        "registeredBy", "desk-refused"))
                .post("/api/properties/{code}/parcels", PROPERTY).then().statusCode(422);
        given().get("/api/audit?property={p}", PROPERTY).then().statusCode(200)
                .body("details", not(hasItem(org.hamcrest.Matchers.containsString("desk-refused"))));
    }

    @Test
    void onlyManagersReadTheLogAndOnlyForTheirProperties() {
        given().header("Authorization", "Bearer " + Tokens.staff(Set.of(Roles.FRONT_DESK), PROPERTY))
                .get("/api/audit?property={p}", PROPERTY).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.staff(Set.of(Roles.MANAGER), "ELSEWHERE"))
                .get("/api/audit?property={p}", PROPERTY).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.staff(Set.of(Roles.MANAGER), "ELSEWHERE"))
                .get("/api/audit").then().statusCode(400).body("errors[0].field", equalTo("property"));
    }

    /** Staff resources that change things are audited, including those added later (a class without it fails). */
    @Test
    void everyResourceWithStaffChangesIsAudited() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> unaudited = new java.util.ArrayList<>();
        List<String> changing = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                boolean staffChanges = java.util.Arrays.stream(type.getDeclaredMethods()).anyMatch(m ->
                        (m.isAnnotationPresent(jakarta.ws.rs.POST.class) || m.isAnnotationPresent(jakarta.ws.rs.PUT.class)
                                || m.isAnnotationPresent(jakarta.ws.rs.DELETE.class))
                                && m.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                                && java.util.Arrays.stream(m.getAnnotation(jakarta.annotation.security.RolesAllowed.class).value())
                                        .anyMatch(r -> !r.equals(Roles.SYSTEM)));
                if (staffChanges) {
                    changing.add(type.getSimpleName());
                }
                if (staffChanges && !type.isAnnotationPresent(Audited.class)
                        && !type.getSimpleName().equals("SimulationResource")) {
                    unaudited.add(type.getSimpleName());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(changing).contains("ParcelResource", "PolicyResource",
                "ReleaseOverrideResource");
        org.assertj.core.api.Assertions.assertThat(unaudited).isEmpty();
    }
}
