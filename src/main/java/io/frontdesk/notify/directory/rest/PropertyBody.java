package io.frontdesk.notify.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create (code required) or replace (code may be left out; it cannot change) a property. */
public record PropertyBody(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1-32 letters, digits, '_' or '-'") String code,
        @NotBlank @Size(max = 200) String name,
        String timeZone,
        String weekdayHours,
        String weekendHours) {

    // R-DESK-1: the typical desk of the procedure manual.
    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    static final String DEFAULT_WEEKDAY_HOURS = "08:20-12:00,14:30-18:00";
    static final String DEFAULT_WEEKEND_HOURS = "09:00-12:00,14:30-17:30";
}
