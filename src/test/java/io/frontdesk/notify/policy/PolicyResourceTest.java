package io.frontdesk.notify.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** Managers read, replace and reset a kind's policy at their property (DESIGN.md, Policies). */
@QuarkusTest
class PolicyResourceTest {

    static final String CRUD = "POL-CRUD";
    static final String BAD = "POL-BAD";
    static final String REPLAN = "POL-REPLAN";
    static final String PATH = "/api/properties/{code}/policies/{kind}";
    static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void properties() {
        Fixtures.property(CRUD);
        Fixtures.property(BAD);
        Fixtures.property(REPLAN);
    }

    /** Once a day at 10:00 by SMS to the tenant, nothing within the day. */
    static Map<String, Object> dailyAtTen(String description) {
        return Map.of("description", description,
                "quietHours", Map.of("from", "22:00", "to", "08:00"),
                "steps", List.of(Map.of("name", "daily", "rule", "R-PARCEL-4", "start", Map.of("after", "PT0S"),
                        "audience", "TENANT", "channels", List.of("SMS"), "cadence", Map.of("resume", "10:00"))));
    }

    static ValidatableResponse put(String property, Object policy) {
        return given().contentType(ContentType.JSON).body(policy)
                .put(PATH, property, "parcel")
                .then().log().ifValidationFails();
    }

    static void assertDefault(String property) {
        given().get(PATH, property, "parcel").then().statusCode(200)
                .body("source", equalTo("default"))
                .body("version", equalTo(0))
                .body("policy.steps.name", contains("arrival-email", "phone-retry", "supervisor-daily"));
    }

    @Test
    void withoutAManagersPolicyTheDefaultFromTheRulesIsInForce() {
        given().get(PATH, CRUD, "parcel").then().statusCode(200).contentType(ContentType.JSON)
                .body("source", equalTo("default"))
                .body("version", equalTo(0))
                .body("updatedAt", nullValue())
                .body("policy.steps.name", contains("arrival-email", "phone-retry", "supervisor-daily"))
                .body("policy.steps.find { it.name == 'phone-retry' }.channels", contains("SMS", "VOICE", "EMAIL"))
                .body("policy.steps.find { it.name == 'phone-retry' }.cadence.windows.until", contains("19:00", "22:00"));
    }

    @Test
    void theKindsAndTheirDefaultsAreListed() {
        given().get("/api/policies/kinds").then().statusCode(200).body("$", hasItem("parcel"));
        given().get("/api/policies/defaults/parcel").then().statusCode(200)
                .body("steps.name", contains("arrival-email", "phone-retry", "supervisor-daily"));
        given().get("/api/policies/defaults/spaceship").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void aManagersPolicyReplacesTheDefaultIsVersionedAndCanBeReset() {
        clock.set("2026-11-24T09:00:00+08:00");
        put(CRUD, dailyAtTen("first try")).statusCode(200)
                .body("source", equalTo("custom"))
                .body("version", equalTo(1))
                .body("updatedAt", equalTo("2026-11-24T01:00:00Z"));

        given().get(PATH, CRUD, "parcel").then().statusCode(200)
                .body("source", equalTo("custom"))
                .body("version", equalTo(1))
                .body("policy.kind", equalTo("parcel"))
                .body("policy.description", equalTo("first try"))
                .body("policy.steps.name", contains("daily"))
                .body("policy.steps[0].cadence.resume", equalTo("10:00"));

        put(CRUD, dailyAtTen("second try")).statusCode(200)
                .body("source", equalTo("custom"))
                .body("version", equalTo(2));
        given().get(PATH, CRUD, "parcel").then().statusCode(200)
                .body("version", equalTo(2))
                .body("policy.description", equalTo("second try"));

        given().delete(PATH, CRUD, "parcel").then().statusCode(200)
                .body("source", equalTo("default"))
                .body("version", equalTo(0));
        assertDefault(CRUD);
    }

    @Test
    void aPolicyWithoutStepsIsAProblemAndNothingIsStored() {
        put(BAD, Map.of("quietHours", Map.of("from", "22:00", "to", "08:00"), "steps", List.of()))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("steps"));
        assertDefault(BAD);
    }

    @Test
    void everyBadStepFieldIsListedByItsPathAndNothingIsStored() {
        Map<String, Object> policy = Map.of("quietHours", Map.of("from", "22:00", "to", "08:00"), "steps", List.of(
                Map.of("name", "no-audience", "start", Map.of("after", "PT0S"), "channels", List.of("SMS")),
                Map.of("name", "too-often", "start", Map.of("after", "PT0S"), "audience", "TENANT",
                        "channels", List.of("SMS"),
                        "cadence", Map.of("windows", List.of(Map.of("every", "PT1M", "until", "19:00")))),
                Map.of("name", "too-often", "start", Map.of("after", "PT0S"), "audience", "TENANT",
                        "channels", List.of("EMAIL")),
                Map.of("name", "both-starts", "start", Map.of("after", "PT0S", "workingDaysBefore", 2, "of", "expiresOn"),
                        "audience", "TENANT", "channels", List.of("SMS"))));

        put(BAD, policy).statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("steps[0].audience", "steps[1].cadence.windows[0].every",
                        "steps[2].name", "steps[3].start"));
        assertDefault(BAD);
    }

    @Test
    void anUnknownChannelIsAProblemNamingItsPath() {
        put(BAD, Map.of("steps", List.of(Map.of("name", "fax", "start", Map.of("after", "PT0S"), "audience", "TENANT",
                "channels", List.of("SMS", "FAX")))))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("steps[0].channels[1]"));
        assertDefault(BAD);
    }

    @Test
    void anUnknownAudienceIsAProblemNamingItsPath() {
        put(BAD, Map.of("steps", List.of(Map.of("name", "janitor", "start", Map.of("after", "PT0S"),
                "audience", "JANITOR", "channels", List.of("SMS")))))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("steps[0].audience"));
        assertDefault(BAD);
    }

    @Test
    void anUnknownKindIsAProblemNamingTheKind() {
        given().get(PATH, BAD, "spaceship").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
        put(BAD, dailyAtTen("x")).statusCode(200);
        given().contentType(ContentType.JSON).body(dailyAtTen("x")).put(PATH, BAD, "spaceship")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        given().delete(PATH, BAD, "spaceship").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"));
        given().delete(PATH, BAD, "parcel").then().statusCode(200);
        assertDefault(BAD);
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        given().get(PATH, "POL-NOPE", "parcel").then().statusCode(404).contentType(PROBLEM);
        put("POL-NOPE", dailyAtTen("x")).statusCode(404).contentType(PROBLEM);
        given().delete(PATH, "POL-NOPE", "parcel").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aPolicyChangeAppliesToRemindersNotYetSent() {
        // DESIGN.md, Policies: "A policy change applies to reminders not yet sent."
        Fixtures.unit(REPLAN, "301");
        Fixtures.staff(REPLAN, "SUPERVISOR", "钱主管", "139 0012 0100", "supervisor@pol.example.com");
        long resident = Fixtures.resident(REPLAN, "301", "赵敏", "139 0012 0001", "r1@pol.example.com", "zh-CN");
        clock.set("2026-11-24T14:05:00+08:00");
        long parcel = Fixtures.parcel(REPLAN, "301", resident, "EA200000001CN");
        Fixtures.dispatch(dispatcher, "policy-resource");
        long followUp = given().get("/api/parcels/{id}", parcel).then().statusCode(200)
                .extract().jsonPath().getLong("followUpId");
        List<Map<String, Object>> before = planned(followUp);
        assertThat(before).extracting(r -> r.get("step")).contains("phone-retry", "supervisor-daily");

        clock.set("2026-11-24T14:30:00+08:00");
        put(REPLAN, dailyAtTen("once a day")).statusCode(200).body("version", equalTo(1));

        JsonPath story = given().get("/api/follow-ups/{id}", followUp).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> after = story.getList("reminders.findAll { it.status == 'PLANNED' }");
        assertThat(after).hasSize(1);
        assertThat(after.get(0)).containsEntry("step", "daily")
                .containsEntry("channel", "SMS")
                .containsEntry("audience", "TENANT")
                .containsEntry("dueAt", "2026-11-25T02:00:00Z"); // Wednesday 10:00 in Asia/Shanghai
        // what was already sent stays in the story
        assertThat(story.getList("reminders.findAll { it.status == 'SENT' }.step", String.class))
                .contains("arrival-email", "phone-retry");

        given().get("/api/parcels/{id}", parcel).then().statusCode(200)
                .body("nextReminders.dueAt", contains("2026-11-25T10:00:00+08:00"));

        // and back to the default: the documented cadence resumes from now
        given().delete(PATH, REPLAN, "parcel").then().statusCode(200).body("source", equalTo("default"));
        List<Map<String, Object>> reset = planned(followUp);
        assertThat(reset).extracting(r -> r.get("step")).contains("phone-retry", "supervisor-daily")
                .doesNotContain("daily");
        assertThat(reset).filteredOn(r -> "phone-retry".equals(r.get("step")))
                .extracting(r -> r.get("dueAt")).containsExactly("2026-11-24T07:05:00Z"); // Tuesday 15:05
    }

    static List<Map<String, Object>> planned(long followUp) {
        return given().get("/api/follow-ups/{id}", followUp).then().statusCode(200)
                .body("id", notNullValue())
                .extract().jsonPath().getList("reminders.findAll { it.status == 'PLANNED' }");
    }
}
