package io.frontdesk.notify.storage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.frontdesk.notify.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The simulation answers "what goes out, when?" for every kind of storage and passes, sending nothing. */
@QuarkusTest
class StorageSimulationTest {

    static final String PROPERTY = "SSM";

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // kind | subject date | its value | expected first "step@local time" (opened Tue 2026-11-24 10:00)
            "luggage-large | | | long-storage@2026-11-25T10:00",
            "luggage-small | | | long-storage@2026-12-01T10:00",
            "luggage-lost-ticket | | | security-alert@2026-11-24T10:00",
            "luggage-taken | | | security@2026-11-24T10:00",
            "left-item | overdueOn | 2026-11-26 | overdue@2026-11-26T08:20",
            "left-item-identity | | | depositor@2026-11-24T10:00",
            "key-loan | dueBackOn | 2026-11-24 | daily-check@2026-11-24T17:30",
            "key-stock | | | count@2026-11-24T10:00",
            "mail-hold | | | collect@2026-11-24T10:00",
            "mail-return | returnOn | 2026-11-25 | former-resident@2026-11-24T10:00",
            "pass-void | | | security@2026-11-24T10:00"})
    void everyNewKindCanBeSimulated(String kind, String dateName, String date, String first) {
        Map<String, Object> request = dateName == null
                ? Map.of("kind", kind, "property", PROPERTY, "openedAt", "2026-11-24T10:00:00+08:00", "horizon", "P10D")
                : Map.of("kind", kind, "property", PROPERTY, "openedAt", "2026-11-24T10:00:00+08:00", "horizon", "P10D",
                        "subjectDates", Map.of(dateName, date));
        List<Map<String, Object>> reminders = given().contentType(ContentType.JSON).body(request)
                .post("/api/simulations").then().statusCode(200).extract().jsonPath().getList("reminders");
        assertThat(reminders).isNotEmpty();
        assertThat(reminders.stream().map(r -> r.get("step") + "@" + ((String) r.get("dueAt")).substring(0, 16)))
                .contains(first);
    }
}
