package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.Dispatcher;
import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.Tokens;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** A tenant sets their own channels, language, quiet hours and vacation hold, and reminders obey them. */
@QuarkusTest
class TenantPreferencesTest {

    static final String PROPERTY = "PREF";
    static final String UNIT = "905";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    private static void setPreferences(long resident, Map<String, Object> preferences) {
        given().header("Authorization", "Bearer " + Tokens.tenant(resident)).contentType(ContentType.JSON)
                .body(preferences).put("/api/me/preferences").then().statusCode(200);
    }

    /** Steps the clock in 5-minute ticks and returns the local times (HH:mm on dd) SMS went to {@code phone}. */
    private List<String> smsTimes(String phone, String until) {
        List<String> times = new ArrayList<>();
        int seen = TwilioRequests.messagesTo(phone).size();
        java.time.Instant stop = java.time.OffsetDateTime.parse(until).toInstant();
        while (clock.now().isBefore(stop)) {
            Fixtures.dispatch(dispatcher, "prefs");
            int count = TwilioRequests.messagesTo(phone).size();
            for (int i = seen; i < count; i++) {
                times.add(java.time.format.DateTimeFormatter.ofPattern("dd HH:mm")
                        .format(clock.now().atZone(java.time.ZoneId.of("Asia/Shanghai"))));
            }
            seen = count;
            clock.advance(Duration.ofMinutes(5));
        }
        return times;
    }

    @Test
    void aTenantReadsAndChangesTheirOwnPreferences() {
        long me = Fixtures.resident(PROPERTY, UNIT, "Pref Tenant", "+8613500000001", "pref1@example.com", "zh-CN");
        String token = "Bearer " + Tokens.tenant(me);
        given().header("Authorization", token).get("/api/me").then().statusCode(200)
                .body("name", equalTo("Pref Tenant")).body("locale", equalTo("zh-CN"));

        setPreferences(me, Map.of("channels", List.of("EMAIL"), "locale", "en",
                "quietHours", Map.of("from", "12:00", "to", "14:00"), "vacationUntil", "2026-12-20"));

        given().header("Authorization", token).get("/api/me").then().statusCode(200)
                .body("locale", equalTo("en")).body("channels", equalTo(List.of("EMAIL")))
                .body("quietHours.from", equalTo("12:00")).body("vacationUntil", equalTo("2026-12-20"));
    }

    @Test
    void badPreferencesNameTheFieldAndChangeNothing() {
        long me = Fixtures.resident(PROPERTY, UNIT, "Bad Prefs", "+8613500000002", "pref2@example.com", "zh-CN");
        given().header("Authorization", "Bearer " + Tokens.tenant(me)).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("FAX"), "locale", "fr", "quietHours", Map.of("from", "12:00")))
                .put("/api/me/preferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("channels[0]")).body("errors.field", hasItem("locale"))
                .body("errors.field", hasItem("quietHours"));
        given().header("Authorization", "Bearer " + Tokens.tenant(me)).get("/api/me").then()
                .body("locale", equalTo("zh-CN")).body("channels", equalTo(List.of()));
    }

    @Test
    void aVacationHoldPausesPickupRemindersUntilTheTenantIsBack() {
        clock.set("2026-12-01T10:00:00+08:00");
        String phone = "+8613500000003";
        long me = Fixtures.resident(PROPERTY, UNIT, "Away Tenant", phone, "pref3@example.com", "zh-CN");
        setPreferences(me, Map.of("channels", List.of(), "vacationUntil", "2026-12-03"));
        Fixtures.parcel(PROPERTY, UNIT, me, "VAC1");

        List<String> sent = smsTimes(phone, "2026-12-03T10:00:00+08:00");

        // nothing on the 1st and 2nd; from desk opening on the 3rd the documented cadence resumes
        assertThat(sent).containsExactly("03 08:20", "03 09:20");
    }

    @Test
    void aTenantsOwnQuietHoursSkipTheRetriesThatFallInThem() {
        clock.set("2026-12-01T10:00:00+08:00");
        String phone = "+8613500000004";
        long me = Fixtures.resident(PROPERTY, UNIT, "Napping Tenant", phone, "pref4@example.com", "zh-CN");
        setPreferences(me, Map.of("channels", List.of(), "quietHours", Map.of("from", "12:00", "to", "14:00")));
        Fixtures.parcel(PROPERTY, UNIT, me, "NAP1");

        List<String> sent = smsTimes(phone, "2026-12-01T16:00:00+08:00");

        assertThat(sent).containsExactly("01 10:00", "01 11:00", "01 14:00", "01 15:00");
    }
}
