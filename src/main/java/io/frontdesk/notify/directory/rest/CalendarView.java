package io.frontdesk.notify.directory.rest;

import java.time.LocalDate;
import java.util.List;

import io.frontdesk.notify.directory.CalendarDay;

/** The days of a property's calendar that differ from the weekday/weekend rule (R-DESK-4). */
public record CalendarView(String property, Integer year, List<Day> days) {

    public record Day(LocalDate date, boolean working, String name) {

        static Day of(CalendarDay d) {
            return new Day(d.day, d.working, d.name);
        }
    }
}
