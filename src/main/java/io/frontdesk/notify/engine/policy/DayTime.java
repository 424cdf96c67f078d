package io.frontdesk.notify.engine.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.frontdesk.notify.engine.calendar.PropertyCalendar;

/**
 * A time of day in a policy: a clock time ({@code "09:00"}), or relative to the property's desk hours
 * that day ({@code "DESK_OPENING"}, {@code "DESK_CLOSING-PT30M"}), so one policy fits weekdays and weekends.
 */
public final class DayTime {

    public static final DayTime DESK_OPENING = new DayTime("DESK_OPENING");

    private final String text;
    private final LocalTime clock;
    private final boolean fromClosing;
    private final Duration offset;

    private DayTime(String text) {
        this.text = text;
        String t = text.trim();
        if (t.startsWith("DESK_OPENING") || t.startsWith("DESK_CLOSING")) {
            fromClosing = t.startsWith("DESK_CLOSING");
            clock = null;
            String rest = t.substring("DESK_OPENING".length());
            if (rest.isEmpty()) {
                offset = Duration.ZERO;
            } else if (rest.startsWith("+") || rest.startsWith("-")) {
                Duration d = parseDuration(rest.substring(1));
                offset = rest.startsWith("-") ? d.negated() : d;
            } else {
                throw new IllegalArgumentException("'" + text + "' is not DESK_OPENING, DESK_CLOSING[±duration] or HH:mm");
            }
        } else {
            fromClosing = false;
            offset = Duration.ZERO;
            try {
                clock = LocalTime.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not DESK_OPENING, DESK_CLOSING[±duration] or HH:mm");
            }
        }
    }

    @JsonCreator
    public static DayTime parse(String text) {
        if (text == null) {
            return null;
        }
        return new DayTime(text);
    }

    /** This time on {@code date} at the property. */
    public ZonedDateTime on(LocalDate date, PropertyCalendar calendar) {
        if (clock != null) {
            return date.atTime(clock).atZone(calendar.zone());
        }
        ZonedDateTime base = fromClosing ? calendar.deskClosingOn(date) : calendar.deskOpeningOn(date);
        return base.plus(offset);
    }

    private static Duration parseDuration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration such as PT30M");
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayTime d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
