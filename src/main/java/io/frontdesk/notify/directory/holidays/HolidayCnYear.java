package io.frontdesk.notify.directory.holidays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.frontdesk.notify.common.problem.FieldError;

/**
 * One year in the format of NateScarlet/holiday-cn ({@code 2026.json}): {@code isOffDay: true} is a public
 * holiday, {@code false} a weekend day declared a working day (調休). Its {@code $schema} and {@code papers}
 * are not needed here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HolidayCnYear(Integer year, List<Day> days) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(String name, LocalDate date, @JsonProperty("isOffDay") Boolean isOffDay) {
    }

    /** Everything that makes this document unusable, as JSON paths; empty when it can be imported. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(new FieldError("year", "is required"));
        }
        if (days == null) {
            errors.add(new FieldError("days", "is required"));
            return errors;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            String at = "days[" + i + "]";
            if (day == null) {
                errors.add(new FieldError(at, "is required"));
                continue;
            }
            if (day.date() == null) {
                errors.add(new FieldError(at + ".date", "is required"));
            } else if (year != null && day.date().getYear() != year) {
                errors.add(new FieldError(at + ".date", day.date() + " is not in " + year));
            } else if (!seen.add(day.date())) {
                errors.add(new FieldError(at + ".date", day.date() + " is listed twice"));
            }
            if (day.isOffDay() == null) {
                errors.add(new FieldError(at + ".isOffDay", "is required"));
            }
        }
        return errors;
    }

    /** Call only when {@link #problems()} is empty. */
    public List<DeclaredDay> declaredDays() {
        return days.stream().map(d -> new DeclaredDay(d.date(), !d.isOffDay(), d.name())).toList();
    }
}
