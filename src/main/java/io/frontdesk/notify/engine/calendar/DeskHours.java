package io.frontdesk.notify.engine.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R-DESK-1: the staffed periods of one day, e.g. {@code 08:20-12:00,14:30-18:00}. Periods are ordered
 * and do not overlap; the first one's start is the desk opening.
 */
public record DeskHours(List<Period> periods) {

    public record Period(LocalTime from, LocalTime to) {
    }

    public DeskHours {
        periods = List.copyOf(periods);
    }

    /** Parses the text form; the message of the exception says what is wrong, for a field error. */
    public static DeskHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required, e.g. 08:20-12:00,14:30-18:00");
        }
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a period HH:mm-HH:mm");
            }
            LocalTime from;
            LocalTime to;
            try {
                from = LocalTime.parse(ends[0].trim());
                to = LocalTime.parse(ends[1].trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not a period HH:mm-HH:mm");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("'" + part.trim() + "' ends before it starts");
            }
            if (!periods.isEmpty() && from.isBefore(periods.get(periods.size() - 1).to())) {
                throw new IllegalArgumentException("periods must be in order and must not overlap");
            }
            periods.add(new Period(from, to));
        }
        return new DeskHours(periods);
    }

    public LocalTime opening() {
        return periods.get(0).from();
    }

    public LocalTime closing() {
        return periods.get(periods.size() - 1).to();
    }

    public boolean isStaffedAt(LocalTime time) {
        return periods.stream().anyMatch(p -> !time.isBefore(p.from()) && time.isBefore(p.to()));
    }

    @Override
    public String toString() {
        return periods.stream().map(p -> p.from() + "-" + p.to()).collect(Collectors.joining(","));
    }
}
