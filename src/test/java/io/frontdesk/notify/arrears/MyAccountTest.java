package io.frontdesk.notify.arrears;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A tenant sees their own arrears account, and only theirs (issue 7, /api/me). Property ARRM is this class's. */
@QuarkusTest
class MyAccountTest {

    static final String PROPERTY = "ARRM";

    @Inject
    TestClock clock;

    @Test
    void aTenantSeesTheirOwnAccountOnlyAndStaffAreRefused() {
        clock.set("2026-11-24T10:00:00+08:00");
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, "1901");
        Fixtures.unit(PROPERTY, "1902");
        long me = Fixtures.resident(PROPERTY, "1901", "钱租户", "138 0013 9701", "me@arrm.example", "zh-CN");
        long neighbour = Fixtures.resident(PROPERTY, "1902", "吴租户", "138 0013 9702", "nb@arrm.example", "zh-CN");
        long noAccount = Fixtures.resident(PROPERTY, "1902", "郑租户", "138 0013 9703", "na@arrm.example", "zh-CN");
        ArrearsJourneyTest.account(PROPERTY, me, 2);
        ArrearsJourneyTest.account(PROPERTY, neighbour, 2);
        ArrearsJourneyTest.bill(PROPERTY, me, "2026-10", "1200.00", "2026-10-10", "R-1901-2026-10");
        ArrearsJourneyTest.bill(PROPERTY, neighbour, "2026-11", "900.00", "2026-11-30", "R-1902-2026-11");

        // the same view the staff GET answers (R-ARR-2), for the token's resident only
        Map<String, Object> staffView = given().get("/api/properties/{code}/arrears/accounts/{id}", PROPERTY, me)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        given().header("Authorization", "Bearer " + Tokens.tenant(me)).get("/api/me/account")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("$", equalTo(staffView))
                .body("residentId", equalTo((int) me))
                .body("overdue", equalTo("1200.00"))
                .body("redLineCrossed", equalTo(true))
                .body("periods.reference", equalTo(List.of("R-1901-2026-10")));
        given().header("Authorization", "Bearer " + Tokens.tenant(neighbour)).get("/api/me/account")
                .then().statusCode(200)
                .body("residentId", equalTo((int) neighbour))
                .body("overdue", equalTo("0.00"))
                .body("periods.reference", equalTo(List.of("R-1902-2026-11")));

        given().header("Authorization", "Bearer " + Tokens.tenant(noAccount)).get("/api/me/account")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors[0].field", equalTo("residentId"));
        given().header("Authorization", "Bearer " + Tokens.staff(Tokens.ALL_ROLES, PROPERTY)).get("/api/me/account")
                .then().statusCode(403);
        given().header("Authorization", "Bearer " + Tokens.staff(Set.of(Roles.MANAGER), "*")).get("/api/me/account")
                .then().statusCode(403);
    }
}
