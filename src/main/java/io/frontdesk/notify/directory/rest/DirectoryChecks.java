package io.frontdesk.notify.directory.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.PhoneNumbers;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.StaffContact;
import io.frontdesk.notify.engine.calendar.DeskHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Checks a request body completely and copies it, normalised, into an entity. Every check returns all
 * the faults it finds under a JSON-path prefix ({@code residents[12].}) so that one bulk-import response
 * can name every bad row; nothing here touches the database.
 */
@ApplicationScoped
public class DirectoryChecks {

    static final String DEFAULT_LOCALE = "zh-CN";

    private static final List<String> KNOWN_CHANNELS = Stream.of(Channel.values()).map(Channel::name).toList();

    @Inject
    Validator validator;

    /** Throws the 400 problem listing {@code errors}, if there are any. */
    static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
    }

    /** A date in a path or query parameter; JAX-RS would turn a failed conversion into a bare 404. */
    static LocalDate date(String field, String text) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(field, text, errors);
        requireNone(errors);
        return date;
    }

    /** Bean-validation faults of {@code body}, with their paths under {@code prefix}. */
    List<FieldError> violations(String prefix, Object body) {
        if (body == null) {
            return new ArrayList<>(List.of(new FieldError(prefix.isEmpty() ? "body" : prefix, "is required")));
        }
        return validator.validate(body).stream()
                .map(v -> new FieldError(path(prefix, v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    /** R-DESK-1: a property's name, time zone and desk hours, defaults filled in. The code is the caller's. */
    List<FieldError> property(PropertyBody body, Property into) {
        List<FieldError> errors = violations("", body);
        if (body == null) {
            return errors;
        }
        into.name = body.name();
        into.timeZone = orDefault(body.timeZone(), PropertyBody.DEFAULT_TIME_ZONE);
        try {
            ZoneId.of(into.timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "'" + into.timeZone + "' is not a time zone such as Asia/Shanghai"));
        }
        into.weekdayHours = deskHours("weekdayHours", orDefault(body.weekdayHours(), PropertyBody.DEFAULT_WEEKDAY_HOURS), errors);
        into.weekendHours = deskHours("weekendHours", orDefault(body.weekendHours(), PropertyBody.DEFAULT_WEEKEND_HOURS), errors);
        return errors;
    }

    /** A resident row; {@code unitExists} answers from units the caller already loaded. */
    List<FieldError> resident(String prefix, ResidentBody body, Predicate<String> unitExists, Resident into) {
        List<FieldError> errors = violations(prefix, body);
        if (body == null) {
            return errors;
        }
        if (body.unit() != null && !body.unit().isBlank() && !unitExists.test(body.unit())) {
            errors.add(new FieldError(path(prefix, "unit"), "unit '" + body.unit() + "' does not exist at this property"));
        }
        into.unitCode = body.unit();
        into.name = body.name();
        into.phone = contact(prefix, body.phone(), body.email(), errors);
        into.email = blankToNull(body.email());
        into.locale = orDefault(body.locale(), DEFAULT_LOCALE);
        into.channels = channels(prefix, body.channels(), errors);
        into.movedIn = date(path(prefix, "movedIn"), body.movedIn(), errors);
        into.movedOut = date(path(prefix, "movedOut"), body.movedOut(), errors);
        if (into.movedIn != null && into.movedOut != null && into.movedOut.isBefore(into.movedIn)) {
            errors.add(new FieldError(path(prefix, "movedOut"), "is before movedIn " + into.movedIn));
        }
        return errors;
    }

    /** A staff contact: escalations go to a staff role, never to the tenant. */
    List<FieldError> staff(StaffBody body, StaffContact into) {
        List<FieldError> errors = violations("", body);
        if (body == null) {
            return errors;
        }
        if (body.role() != null && !body.role().isStaff()) {
            errors.add(new FieldError("role", "must be a staff role, not " + body.role()));
        }
        into.role = body.role() == null ? null : body.role().name();
        into.name = body.name();
        into.phone = contact("", body.phone(), body.email(), errors);
        into.email = blankToNull(body.email());
        into.locale = orDefault(body.locale(), DEFAULT_LOCALE);
        return errors;
    }

    /** The phone in E.164, or null; a person must be reachable one way or the other. */
    private static String contact(String prefix, String phone, String email, List<FieldError> errors) {
        if (blankToNull(phone) == null) {
            if (blankToNull(email) == null) {
                errors.add(new FieldError(path(prefix, "phone"), "a phone number or an email address is required"));
            }
            return null;
        }
        try {
            return PhoneNumbers.toE164(phone);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(path(prefix, "phone"), e.getMessage()));
            return null;
        }
    }

    /** Preferred channels as stored: known names, first mention wins, comma separated. */
    private static String channels(String prefix, List<String> channels, List<FieldError> errors) {
        if (channels == null) {
            return "";
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            String name = channels.get(i);
            if (KNOWN_CHANNELS.contains(name)) {
                names.add(name);
            } else {
                errors.add(new FieldError(path(prefix, "channels[" + i + "]"),
                        "'" + name + "' is not one of " + KNOWN_CHANNELS));
            }
        }
        return String.join(",", names);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String deskHours(String field, String text, List<FieldError> errors) {
        try {
            return DeskHours.parse(text).toString();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return text;
        }
    }

    private static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private static String orDefault(String value, String fallback) {
        return blankToNull(value) == null ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
