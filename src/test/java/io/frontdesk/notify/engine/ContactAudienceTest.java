package io.frontdesk.notify.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The CONTACT audience: people named on a follow-up who are neither residents nor staff (a pass holder, a
 * guest). Tenant quiet hours bind them as they bind tenants; they cannot be gathered into digests.
 */
@QuarkusTest
class ContactAudienceTest {

    static final String PROPERTY = "CTA";

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
    }

    static Map<String, Object> step(String name, String audience, boolean digest) {
        return Map.of("name", name, "start", Map.of("after", "PT0S"), "audience", audience, "channels", List.of("SMS"),
                "cadence", Map.of("resume", "06:00"), "digest", digest);
    }

    @Test
    void quietHoursBindAContactLikeATenantButNotStaff() {
        // opened at 23:00, both resume at 06:00 the next day; the contact waits for quiet hours to end at 08:00
        List<Map<String, Object>> reminders = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "pass", "property", PROPERTY, "openedAt", "2026-11-24T23:00:00+08:00", "horizon", "P1D",
                        "policy", Map.of("steps", List.of(step("contact", "CONTACT", false), step("guard", "SECURITY", false)))))
                .post("/api/simulations").then().statusCode(200).extract().jsonPath().getList("reminders");
        assertThat(reminders).anySatisfy(r -> {
            assertThat(r.get("step")).isEqualTo("contact");
            assertThat((String) r.get("dueAt")).startsWith("2026-11-25T08:00");
        });
        assertThat(reminders).anySatisfy(r -> {
            assertThat(r.get("step")).isEqualTo("guard");
            assertThat((String) r.get("dueAt")).startsWith("2026-11-25T06:00");
        });
    }

    @Test
    void aContactStepCannotBeADigest() {
        given().contentType(ContentType.JSON)
                .body(Map.of("steps", List.of(step("contact", "CONTACT", true))))
                .put("/api/properties/{code}/policies/pass", PROPERTY)
                .then().statusCode(400).body("errors.field", hasItem("steps[0].digest"));
    }
}
