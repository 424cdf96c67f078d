package io.frontdesk.notify.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A property's time zone, desk hours and working days (R-DESK-1, R-DESK-4). Weekends and public
 * holidays are not working days; a weekend day declared a working day (調休) is, and keeps weekday hours.
 */
public record PropertyCalendar(ZoneId zone, DeskHours weekdayHours, DeskHours weekendHours,
                               Map<LocalDate, Boolean> exceptions) {

    public PropertyCalendar {
        exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean declared = exceptions.get(date);
        if (declared != null) {
            return declared;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Holidays are staffed like weekends; a 調休 Saturday like a weekday. */
    public DeskHours deskHoursOn(LocalDate date) {
        return isWorkingDay(date) ? weekdayHours : weekendHours;
    }

    public ZonedDateTime deskOpeningOn(LocalDate date) {
        return date.atTime(deskHoursOn(date).opening()).atZone(zone);
    }

    public ZonedDateTime deskClosingOn(LocalDate date) {
        return date.atTime(deskHoursOn(date).closing()).atZone(zone);
    }

    /** The working day {@code n} working days before {@code date} (R-PASS-2: "2 working days before expiry"). */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
