package io.frontdesk.notify.arrears.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.frontdesk.notify.engine.calendar.PropertyCalendar;

/**
 * R-ARR-5 dates: the arrears report is due by the 2nd and by the 15th of each month, sent the last working
 * day before when that date is not a working day; collections are reconciled every 5 days.
 */
public final class ReportDates {

    static final List<Integer> REPORT_DAYS = List.of(2, 15);
    /** Reconciliation windows of a month: 1–5, 6–10, 11–15, 16–20, 21–25, 26–end, each reported the next day. */
    static final List<Integer> RECONCILIATION_DAYS = List.of(1, 6, 11, 16, 21, 26);

    private ReportDates() {
    }

    /** The working day a report due on {@code reportDate} is sent. */
    public static LocalDate sendDay(LocalDate reportDate, PropertyCalendar calendar) {
        LocalDate day = reportDate;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The report dates whose report goes out on {@code day} (none, or one; two only on pathological calendars). */
    public static List<LocalDate> reportsSentOn(LocalDate day, PropertyCalendar calendar) {
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate month : List.of(day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1))) {
            for (int d : REPORT_DAYS) {
                LocalDate reportDate = month.withDayOfMonth(d);
                if (!reportDate.isBefore(day) && sendDay(reportDate, calendar).equals(day)) {
                    due.add(reportDate);
                }
            }
        }
        return due;
    }

    /** The payment dates reconciled on {@code day}: the 5-day window that ended the day before, if one did. */
    public static Optional<LocalDate[]> reconciledOn(LocalDate day) {
        if (!RECONCILIATION_DAYS.contains(day.getDayOfMonth())) {
            return Optional.empty();
        }
        LocalDate to = day.minusDays(1);
        LocalDate from = day.getDayOfMonth() == 1 ? to.withDayOfMonth(26) : day.minusDays(5);
        return Optional.of(new LocalDate[] {from, to});
    }
}
