package io.frontdesk.notify.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import static io.frontdesk.notify.testing.WorkedExamples.TUESDAY_FROM_1405;
import static io.frontdesk.notify.testing.WorkedExamples.fullWeekday;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** R-PARCEL-3: the simulation reproduces every worked example of RULES.md exactly. */
@QuarkusTest
class SimulationResourceTest {

    static final String PROPERTY = "SIM";

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
    }

    static JsonPath simulate(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request)
                .post("/api/simulations")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    /** The phone retries (SMS first) as local times without the offset, e.g. 2026-11-24T14:05. */
    static List<String> phoneRetries(JsonPath result) {
        List<Map<String, Object>> reminders = result.getList("reminders");
        return reminders.stream()
                .filter(r -> "phone-retry".equals(r.get("step")))
                .map(r -> {
                    String due = (String) r.get("dueAt");
                    assertThat(due).endsWith("+08:00");
                    return due.substring(0, 16);
                })
                .toList();
    }

    @Test
    void registeredTuesdayAt1405AndNeverAcknowledgedIsRetriedOnTheDocumentedCadence() {
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-24T14:05:00+08:00", "horizon", "P2DT10H"));
        List<String> expected = new ArrayList<>(TUESDAY_FROM_1405);
        expected.addAll(fullWeekday("2026-11-25"));
        expected.addAll(fullWeekday("2026-11-26"));
        assertThat(phoneRetries(result)).containsExactlyElementsOf(expected);
        assertThat(result.getString("zone")).isEqualTo("Asia/Shanghai");
        assertThat(result.getString("policySource")).isEqualTo("default");
    }

    @Test
    void anAcknowledgementAt1530StopsOnlyThatDaysRetries() {
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-24T14:05:00+08:00", "acknowledgedAt", "2026-11-24T15:30:00+08:00",
                "horizon", "P1DT10H"));
        List<String> expected = new ArrayList<>(List.of("2026-11-24T14:05", "2026-11-24T15:05"));
        expected.addAll(fullWeekday("2026-11-25"));
        assertThat(phoneRetries(result)).containsExactlyElementsOf(expected);
    }

    @Test
    void registeredFridayAt2230IsFirstTriedAtSaturdaysDeskOpening() {
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-27T22:30:00+08:00", "horizon", "PT11H"));
        assertThat(phoneRetries(result)).containsExactly("2026-11-28T09:00");
        // the arrival email waits for the desk opening too: nothing reaches a tenant at 22:30
        assertThat(result.getList("reminders.dueAt", String.class)).allMatch(t -> t.startsWith("2026-11-28T09:00"));
    }

    @Test
    void collectedWednesdayAt1000GetsNothingAfterwards() {
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-24T14:05:00+08:00", "resolvedAt", "2026-11-25T10:00:00+08:00",
                "horizon", "P5D"));
        List<String> expected = new ArrayList<>(TUESDAY_FROM_1405);
        expected.addAll(List.of("2026-11-25T08:20", "2026-11-25T09:20"));
        assertThat(phoneRetries(result)).containsExactlyElementsOf(expected);
        assertThat(result.getList("reminders.dueAt", String.class)).allMatch(t -> t.compareTo("2026-11-25T10:00") < 0);
    }

    @Test
    void theSupervisorHearsFromTheThirdDayAfterArrivalAtDeskOpening() {
        // R-PARCEL-7: arrival Tuesday, first supervisor list Friday at desk opening, then daily
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-24T14:05:00+08:00", "horizon", "P5D"));
        List<Map<String, Object>> reminders = result.getList("reminders");
        List<String> supervisor = reminders.stream().filter(r -> "supervisor-daily".equals(r.get("step")))
                .map(r -> ((String) r.get("dueAt")).substring(0, 16)).toList();
        assertThat(supervisor).containsExactly("2026-11-27T08:20", "2026-11-28T09:00", "2026-11-29T09:00");
        assertThat(reminders).anySatisfy(r -> {
            assertThat(r.get("step")).isEqualTo("arrival-email");
            assertThat(r.get("channel")).isEqualTo("EMAIL");
            assertThat(r.get("dueAt")).isEqualTo("2026-11-24T14:05:00+08:00");
        });
    }

    @Test
    void aDraftPolicyCanBeSimulatedBeforeItIsSaved() {
        Map<String, Object> draft = Map.of("quietHours", Map.of("from", "22:00", "to", "08:00"),
                "steps", List.of(Map.of("name", "daily", "start", Map.of("after", "PT0S"), "audience", "TENANT",
                        "channels", List.of("SMS"), "cadence", Map.of("resume", "10:00"))));
        JsonPath result = simulate(Map.of("kind", "parcel", "property", PROPERTY,
                "openedAt", "2026-11-24T14:05:00+08:00", "horizon", "P2D", "policy", draft));
        assertThat(result.getList("reminders.dueAt", String.class)).containsExactly(
                "2026-11-24T14:05:00+08:00", "2026-11-25T10:00:00+08:00", "2026-11-26T10:00:00+08:00");
        assertThat(result.getString("policySource")).isEqualTo("draft");
    }

    @Test
    void anUnknownKindIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "spaceship", "property", PROPERTY, "openedAt", "2026-11-24T14:05:00+08:00"))
                .post("/api/simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("detail", startsWith("kind: unknown kind 'spaceship'"));
    }

    @Test
    void anImpossibleDateIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"parcel\",\"property\":\"SIM\",\"openedAt\":\"2026-02-30T14:05:00+08:00\"}")
                .post("/api/simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("openedAt"));
    }

    @Test
    void missingFieldsAndABadHorizonAreAllReported() {
        given().contentType(ContentType.JSON)
                .body(Map.of("horizon", "P400D"))
                .post("/api/simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("property"))
                .body("errors.field", hasItem("openedAt"))
                .body("errors.field", hasItem("horizon"));
    }

    @Test
    void anUnknownPropertyIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "parcel", "property", "NOPE", "openedAt", "2026-11-24T14:05:00+08:00"))
                .post("/api/simulations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("property"));
    }

    @Test
    void aWrongContentTypeIsRefusedWith415() {
        given().contentType(ContentType.TEXT).body("kind=parcel")
                .post("/api/simulations")
                .then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Type"));
    }
}
