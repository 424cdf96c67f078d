package io.frontdesk.notify.arrears.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.calendar.DeskHours;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;

/** R-ARR-5 dates on the real 2026 mainland-China calendar. */
class ReportDatesTest {

    static PropertyCalendar china2026() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (String off : new String[] {"2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02",
                "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"}) {
            days.put(LocalDate.parse(off), false);
        }
        days.put(LocalDate.parse("2026-09-20"), true);
        days.put(LocalDate.parse("2026-10-10"), true);
        return new PropertyCalendar(ZoneId.of("Asia/Shanghai"), DeskHours.parse("08:20-12:00,14:30-18:00"),
                DeskHours.parse("09:00-12:00,14:30-17:30"), days);
    }

    @Test
    void aSecondOnTheNationalDayHolidayIsSentTheLastWorkingDayBefore() {
        // R-ARR-5: 2026-10-02 is a National Day holiday → Wednesday 2026-09-30
        assertThat(ReportDates.sendDay(LocalDate.parse("2026-10-02"), china2026())).isEqualTo("2026-09-30");
        assertThat(ReportDates.reportsSentOn(LocalDate.parse("2026-09-30"), china2026())).containsExactly(LocalDate.parse("2026-10-02"));
        assertThat(ReportDates.reportsSentOn(LocalDate.parse("2026-10-02"), china2026())).isEmpty();
    }

    @Test
    void aSecondOnSundayIsSentOnFriday() {
        // R-ARR-5: 2026-08-02 is a Sunday → Friday 2026-07-31
        assertThat(ReportDates.reportsSentOn(LocalDate.parse("2026-07-31"), china2026())).containsExactly(LocalDate.parse("2026-08-02"));
        assertThat(ReportDates.reportsSentOn(LocalDate.parse("2026-08-01"), china2026())).isEmpty();
    }

    @Test
    void theFifteenthOnAWorkingDayIsSentThatDay() {
        assertThat(ReportDates.reportsSentOn(LocalDate.parse("2026-10-15"), china2026())).containsExactly(LocalDate.parse("2026-10-15"));
    }

    @Test
    void collectionsAreReconciledEveryFiveDays() {
        // R-ARR-5: windows 1–5, 6–10, …, 26–end, each reported the next day
        assertThat(ReportDates.reconciledOn(LocalDate.parse("2026-11-06")).orElseThrow())
                .containsExactly(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-05"));
        assertThat(ReportDates.reconciledOn(LocalDate.parse("2026-12-01")).orElseThrow())
                .containsExactly(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-30"));
        assertThat(ReportDates.reconciledOn(LocalDate.parse("2026-11-07"))).isEmpty();
    }
}
