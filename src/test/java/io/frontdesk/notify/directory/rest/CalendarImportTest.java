package io.frontdesk.notify.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** R-DESK-4: working days follow the property's calendar, imported from the real 2026 arrangement. */
@QuarkusTest
class CalendarImportTest {

    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);
    private static final LocalDate SWAPPED_SATURDAY = LocalDate.of(2026, 10, 10);
    private static final LocalDate SWAPPED_SUNDAY = LocalDate.of(2026, 9, 20);

    @Inject
    CalendarService calendars;

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = CalendarImportTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private PropertyCalendar calendarOf(String code) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> calendars.calendarOf(code));
    }

    private static void assertNationalDayWeek(PropertyCalendar calendar) {
        assertFalse(calendar.isWorkingDay(NATIONAL_DAY), "2026-10-01 is a holiday");
        assertTrue(calendar.isWorkingDay(SWAPPED_SATURDAY), "Saturday 2026-10-10 is a swapped working day");
        assertTrue(calendar.isWorkingDay(SWAPPED_SUNDAY), "Sunday 2026-09-20 is a swapped working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 10, 9)), "an ordinary Friday works");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 17)), "an ordinary Saturday does not");
    }

    @Test
    void theRealHolidayCnJsonFor2026MakesNationalDayAHolidayAndSaturdayTheTenthAWorkingDay() throws Throwable {
        Fixtures.property("cal-json");
        given().contentType(ContentType.JSON).body(resource("holidays/cn/2026.json"))
                .post("/api/properties/cal-json/calendar/import")
                .then().statusCode(200)
                .body("years", contains(2026))
                .body("holidays", equalTo(33))
                .body("workingDays", equalTo(6));

        given().get("/api/properties/cal-json/calendar?year=2026").then().statusCode(200)
                .body("days", hasSize(39))
                .body("days.find { it.date == '2026-10-01' }.working", equalTo(false))
                .body("days.find { it.date == '2026-10-10' }.working", equalTo(true))
                .body("days.find { it.date == '2026-10-10' }.name", equalTo("国庆节"));

        PropertyCalendar calendar = calendarOf("cal-json");
        assertNationalDayWeek(calendar);
        assertEquals(ZoneId.of("Asia/Shanghai"), calendar.zone());
        // A 調休 Saturday keeps weekday hours (R-DESK-1).
        assertEquals(LocalTime.of(8, 20), calendar.deskOpeningOn(SWAPPED_SATURDAY).toLocalTime());
    }

    @Test
    void theRealICalendarFileFor2026GivesTheSameWorkingDays() throws Throwable {
        Fixtures.property("cal-ics");
        given().contentType("text/calendar").body(resource("holidays-cn/2026.ics"))
                .post("/api/properties/cal-ics/calendar/import")
                .then().statusCode(200)
                .body("years", contains(2026))
                .body("holidays", equalTo(33))
                .body("workingDays", equalTo(6));

        assertNationalDayWeek(calendarOf("cal-ics"));
    }

    @Test
    void theBundledMainlandChinaDataIsTheDefault() throws Throwable {
        Fixtures.property("cal-default");
        given().post("/api/properties/cal-default/calendar/import-default?year=2026")
                .then().statusCode(200).body("workingDays", equalTo(6));
        assertNationalDayWeek(calendarOf("cal-default"));

        given().post("/api/properties/cal-default/calendar/import-default?year=1999")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void aDayCanBeDeclaredAndUndeclaredByHand() throws Throwable {
        Fixtures.property("cal-manual");
        given().contentType(ContentType.JSON).body(Map.of("working", false, "name", "Typhoon closure"))
                .put("/api/properties/cal-manual/calendar/days/2026-07-15")
                .then().statusCode(200).body("working", equalTo(false));
        assertFalse(calendarOf("cal-manual").isWorkingDay(LocalDate.of(2026, 7, 15)));

        given().delete("/api/properties/cal-manual/calendar/days/2026-07-15").then().statusCode(204);
        assertTrue(calendarOf("cal-manual").isWorkingDay(LocalDate.of(2026, 7, 15)));
        given().delete("/api/properties/cal-manual/calendar/days/2026-07-15").then().statusCode(404);
    }

    @Test
    void anImpossibleDateIsABadRequestNamingTheDate() {
        Fixtures.property("cal-baddate");
        given().contentType(ContentType.JSON).body(Map.of("working", true))
                .put("/api/properties/cal-baddate/calendar/days/2026-02-30")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void aBadImportLeavesTheCalendarAsItWas() {
        Fixtures.property("cal-keep");
        given().post("/api/properties/cal-keep/calendar/import-default?year=2026").then().statusCode(200);

        given().contentType(ContentType.JSON)
                .body("{\"year\": 2026, \"days\": [{\"name\": \"x\", \"date\": \"2026-02-30\", \"isOffDay\": true}]}")
                .post("/api/properties/cal-keep/calendar/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("days[0].date"));
        given().contentType(ContentType.JSON)
                .body("{\"year\": 2026, \"days\": [{\"name\": \"x\", \"date\": \"2027-01-01\", \"isOffDay\": true}]}")
                .post("/api/properties/cal-keep/calendar/import")
                .then().statusCode(400).body("errors[0].field", equalTo("days[0].date"));
        given().contentType("text/calendar").body("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
                .post("/api/properties/cal-keep/calendar/import")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));

        given().get("/api/properties/cal-keep/calendar?year=2026").then().body("days", hasSize(39));
    }

    @Test
    void aCalendarInAnotherFormatIsAnUnsupportedMediaType() {
        Fixtures.property("cal-415");
        given().contentType("text/csv").body("2026-10-01,off")
                .post("/api/properties/cal-415/calendar/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theCalendarOfAnUnknownPropertyIsNotFound() {
        given().get("/api/properties/cal-nowhere/calendar").then().statusCode(404);
        given().post("/api/properties/cal-nowhere/calendar/import-default?year=2026").then().statusCode(404);
    }
}
