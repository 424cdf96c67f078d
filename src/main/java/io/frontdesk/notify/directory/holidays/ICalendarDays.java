package io.frontdesk.notify.directory.holidays;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the all-day events of an iCalendar file such as holiday-cn's {@code 2026.ics}: an event whose
 * SUMMARY contains 上班 ("to work", e.g. 上班(补春节假期)) marks swapped working days (調休), any other event
 * holidays. DTEND is exclusive, as RFC 5545 says for all-day events; without it the event is one day.
 */
public final class ICalendarDays {

    private static final String WORKING_MARK = "上班";
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendarDays() {
    }

    /** @throws IllegalArgumentException naming the event that cannot be read */
    public static List<DeclaredDay> parse(String ics) {
        List<DeclaredDay> days = new ArrayList<>();
        Event event = null;
        int eventNumber = 0;
        for (String line : unfold(ics)) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new Event();
                eventNumber++;
            } else if (line.equals("END:VEVENT") && event != null) {
                days.addAll(event.days(eventNumber));
                event = null;
            } else if (event != null) {
                event.read(line, eventNumber);
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no all-day events (VEVENT with DTSTART;VALUE=DATE) found");
        }
        return days;
    }

    /** RFC 5545 3.1: a line starting with a space or tab continues the previous one. */
    private static List<String> unfold(String ics) {
        List<String> lines = new ArrayList<>();
        for (String raw : ics.split("\r?\n")) {
            if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
            } else if (!raw.isBlank()) {
                lines.add(raw.strip());
            }
        }
        return lines;
    }

    private static final class Event {
        String summary = "";
        LocalDate start;
        LocalDate end;

        void read(String line, int number) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                return;
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1);
            String property = name.contains(";") ? name.substring(0, name.indexOf(';')) : name;
            switch (property) {
                case "SUMMARY" -> summary = value;
                case "DTSTART" -> start = date(value, number);
                case "DTEND" -> end = date(value, number);
                default -> { }
            }
        }

        List<DeclaredDay> days(int number) {
            if (start == null) {
                throw new IllegalArgumentException("event " + number + " has no DTSTART");
            }
            LocalDate until = end == null ? start.plusDays(1) : end;
            if (!until.isAfter(start)) {
                throw new IllegalArgumentException("event " + number + " ends before it starts");
            }
            boolean working = summary.contains(WORKING_MARK);
            return start.datesUntil(until).map(d -> new DeclaredDay(d, working, summary)).toList();
        }

        /** All-day values are yyyyMMdd; a date-time (yyyyMMddTHHmmss…) counts for its date. */
        private static LocalDate date(String value, int number) {
            String digits = value.length() >= 8 ? value.substring(0, 8) : value;
            try {
                return LocalDate.parse(digits, BASIC_DATE);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("event " + number + ": '" + value + "' is not a date yyyyMMdd");
            }
        }
    }
}
