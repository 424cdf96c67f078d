package io.frontdesk.notify.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.AuthenticatedByDefault;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;

/**
 * Who may do what (issue 7): every endpoint of the OpenAPI document is checked for 401 without a token,
 * 403 for a tenant on staff endpoints and for staff of another property, and data of another property or
 * another tenant never shows.
 */
@QuarkusTest
class AccessControlTest {

    static final String OWN = "ACL-OWN";
    static final String OTHER = "ACL-OTHER";
    static final Set<String> PUBLIC_PREFIXES = Set.of("/a/", "/api/twilio/", "/api/dev/tokens");

    @Inject
    TestClock clock;

    record Endpoint(String method, String template) {

        String path(String code) {
            return template.replace("{code}", code).replace("{id}", "1").replace("{unit}", "1203")
                    .replace("{kind}", "parcel").replace("{date}", "2026-10-01").replace("{token}", "x")
                    .replaceAll("\\{[A-Za-z]+}", "1");
        }

        Response call(RequestSpecification request, String code) {
            if (!method.equals("get") && !method.equals("delete")) {
                request = request.contentType(ContentType.JSON).body("{}");
            }
            return request.request(method.toUpperCase(), path(code));
        }

        boolean isPublic() {
            return PUBLIC_PREFIXES.stream().anyMatch(template::startsWith);
        }
    }

    @BeforeEach
    void properties() {
        Fixtures.property(OWN);
        Fixtures.unit(OWN, "1203");
        Fixtures.property(OTHER);
        Fixtures.unit(OTHER, "1203");
    }

    static List<Endpoint> endpoints() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<Endpoint> all = new ArrayList<>();
        paths.forEach((template, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete").contains(m))
                .forEach(m -> all.add(new Endpoint(m, template))));
        assertThat(all).hasSizeGreaterThan(30);
        return all;
    }

    @Test
    void everyEndpointButTheLinkAndWebhooksAsksForAToken() {
        List<Endpoint> endpoints = endpoints();
        AuthenticatedByDefault.anonymous();
        for (Endpoint e : endpoints) {
            if (e.isPublic()) {
                continue;
            }
            e.call(given(), OWN).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void aTenantIsRefusedEveryStaffEndpoint() {
        String tenant = "Bearer " + Tokens.tenant(1);
        for (Endpoint e : endpoints()) {
            if (e.isPublic() || e.template().startsWith("/api/me")) {
                continue;
            }
            Response response = e.call(given().header("Authorization", tenant), OWN);
            assertThat(response.statusCode()).as("%s %s", e.method(), e.template()).isEqualTo(403);
        }
    }

    @Test
    void staffOfOnePropertyAreRefusedEveryEndpointOfAnother() {
        String staff = "Bearer " + Tokens.staff(Tokens.ALL_ROLES, OWN);
        for (Endpoint e : endpoints()) {
            if (!e.template().startsWith("/api/properties/{code}")) {
                continue;
            }
            Response response = e.call(given().header("Authorization", staff), OTHER);
            assertThat(response.statusCode()).as("%s %s", e.method(), e.template()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anotherPropertysParcelAndFollowUpAreAnsweredAsIfTheyDidNotExist() {
        clock.set("2026-12-01T10:00:00+08:00");
        long resident = Fixtures.resident(OTHER, "1203", "Other Tenant", "+8613600000001", "acl1@example.com", "en");
        long parcel = Fixtures.parcel(OTHER, "1203", resident, "ACL1");
        long followUp = given().get("/api/parcels/{id}", parcel).then().extract().jsonPath().getLong("followUpId");
        String staff = "Bearer " + Tokens.staff(Tokens.ALL_ROLES, OWN);

        given().header("Authorization", staff).get("/api/parcels/{id}", parcel).then().statusCode(404);
        given().header("Authorization", staff).post("/api/parcels/{id}/acknowledge", parcel).then().statusCode(404);
        given().header("Authorization", staff).get("/api/follow-ups/{id}", followUp).then().statusCode(404);
        given().header("Authorization", staff).get("/api/properties").then().statusCode(200)
                .body("code", equalTo(List.of(OWN)));
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("kind", "parcel", "property", OTHER, "openedAt", "2026-11-24T14:05:00+08:00"))
                .post("/api/simulations").then().statusCode(400).body("errors[0].field", equalTo("property"));
    }

    @Test
    void eachRoleDoesOnlyItsOwnWork() {
        String desk = "Bearer " + Tokens.staff(Set.of(Roles.FRONT_DESK), OWN);
        given().header("Authorization", desk).contentType(ContentType.JSON).body(Map.of("steps", List.of()))
                .put("/api/properties/{code}/policies/parcel", OWN).then().statusCode(403);
        given().header("Authorization", desk).contentType(ContentType.JSON).body(Map.of("code", "NEW1", "name", "n"))
                .post("/api/properties").then().statusCode(403);
        given().header("Authorization", desk).get("/api/properties/{code}/policies/parcel", OWN).then().statusCode(200);
        String security = "Bearer " + Tokens.staff(Set.of(Roles.SECURITY), OWN);
        given().header("Authorization", security).get("/api/properties/{code}/parcels", OWN).then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.staff(Set.of(Roles.MANAGER), OWN)).get("/api/me")
                .then().statusCode(403);
    }

    @Test
    void aTenantSeesAndAcknowledgesOnlyTheirOwnParcels() {
        clock.set("2026-12-01T10:00:00+08:00");
        long me = Fixtures.resident(OWN, "1203", "Me", "+8613600000002", "acl2@example.com", "en");
        long neighbour = Fixtures.resident(OWN, "1203", "Neighbour", "+8613600000003", "acl3@example.com", "en");
        long mine = Fixtures.parcel(OWN, "1203", me, "ACL-MINE");
        long theirs = Fixtures.parcel(OWN, "1203", neighbour, "ACL-THEIRS");
        String tenant = "Bearer " + Tokens.tenant(me);

        given().header("Authorization", tenant).get("/api/me/parcels").then().statusCode(200)
                .body("id", equalTo(List.of((int) mine)));
        given().header("Authorization", tenant).post("/api/me/parcels/{id}/acknowledge", theirs).then().statusCode(404);
        given().header("Authorization", tenant).post("/api/me/parcels/{id}/acknowledge", mine).then().statusCode(200);
        given().get("/api/follow-ups/{id}", given().get("/api/parcels/{id}", theirs).then().extract().jsonPath()
                .getLong("followUpId")).then().body("acknowledgedAt", equalTo(null));
        given().header("Authorization", tenant).get("/api/parcels/{id}", mine).then().statusCode(403);
    }

    @Test
    void anExpiredOrForeignTokenIsRefusedWith401() {
        AuthenticatedByDefault.anonymous();
        String expired = Jwt.subject("old").groups(Set.of(Roles.MANAGER)).claim(Caller.PROPERTIES_CLAIM, List.of("*"))
                .issuedAt(System.currentTimeMillis() / 1000 - 7200).expiresIn(Duration.ofSeconds(-3600)).sign();
        given().header("Authorization", "Bearer " + expired).get("/api/properties").then().statusCode(401);
        given().header("Authorization", "Bearer not.a.token").get("/api/properties").then().statusCode(401);
    }
}
