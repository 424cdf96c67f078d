package io.frontdesk.notify.engine.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.policy.Cadence;
import io.frontdesk.notify.engine.policy.DayTime;
import io.frontdesk.notify.engine.policy.QuietHours;
import io.frontdesk.notify.engine.policy.Step;
import io.frontdesk.notify.engine.policy.StepStart;

/**
 * The attempts of one policy step at one property, ignoring acknowledgements: a pure function of the
 * step, the calendar and the follow-up's start. {@link ReminderPlanner} adds acknowledgements on top.
 *
 * <p>A day's attempts fall in the step's day window: from its day start (the cadence's resume time, by
 * default the desk opening) to the end of its last cadence window (otherwise the start of quiet hours).
 * An attempt that would fall outside moves to the next day start (R-PARCEL-3: "or at the next desk opening").
 */
public final class StepSchedule {

    private final Step step;
    private final PropertyCalendar calendar;
    private final QuietHours quietHours;

    public StepSchedule(Step step, PropertyCalendar calendar, QuietHours quietHours) {
        this.step = step;
        this.calendar = calendar;
        this.quietHours = quietHours;
    }

    public Step step() {
        return step;
    }

    /** The first attempt; empty when the step counts from a subject date the follow-up does not have. */
    public Optional<ZonedDateTime> first(Instant openedAt, Map<String, LocalDate> subjectDates) {
        StepStart start = step.start();
        ZonedDateTime candidate;
        if (start != null && start.workingDaysBefore() != null) {
            LocalDate reference = subjectDates.get(start.of());
            if (reference == null) {
                return Optional.empty();
            }
            LocalDate day = calendar.workingDaysBefore(reference, start.workingDaysBefore());
            candidate = (start.at() == null ? DayTime.DESK_OPENING : start.at()).on(day, calendar);
        } else {
            ZonedDateTime opened = openedAt.atZone(calendar.zone());
            ZonedDateTime shifted = start == null || start.after() == null ? opened : plus(opened, start.after());
            candidate = start != null && start.at() != null ? start.at().on(shifted.toLocalDate(), calendar) : shifted;
        }
        return Optional.of(intoDayWindow(candidate));
    }

    /** The attempt after one made at {@code previous}: later that day, else the next day's first. */
    public Optional<ZonedDateTime> after(ZonedDateTime previous) {
        Optional<ZonedDateTime> sameDay = laterSameDay(previous);
        return sameDay.isPresent() ? sameDay : firstOnDayAfter(previous.toLocalDate());
    }

    /** The first attempt on the day the step resumes after {@code day}; empty when it does not resume. */
    public Optional<ZonedDateTime> firstOnDayAfter(LocalDate day) {
        Cadence cadence = step.cadence();
        if (cadence == null || cadence.resume() == null) {
            return Optional.empty();
        }
        LocalDate next = cadence.resumeOn() == Cadence.ResumeOn.WORKING_DAYS
                ? calendar.nextWorkingDay(day)
                : day.plusDays(1);
        return Optional.of(dayStart(next));
    }

    private Optional<ZonedDateTime> laterSameDay(ZonedDateTime previous) {
        Cadence cadence = step.cadence();
        if (cadence == null) {
            return Optional.empty();
        }
        LocalTime at = previous.toLocalTime();
        for (Cadence.Window window : cadence.windows()) {
            if (at.isBefore(window.until())) {
                ZonedDateTime next = previous.plus(window.every());
                boolean sameDay = next.toLocalDate().equals(previous.toLocalDate());
                return sameDay && next.isBefore(dayEnd(next.toLocalDate())) ? Optional.of(next) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private ZonedDateTime intoDayWindow(ZonedDateTime candidate) {
        LocalDate day = candidate.toLocalDate();
        ZonedDateTime start = dayStart(day);
        if (candidate.isBefore(start)) {
            return start;
        }
        if (!candidate.isBefore(dayEnd(day))) {
            LocalDate next = step.cadence() != null && step.cadence().resumeOn() == Cadence.ResumeOn.WORKING_DAYS
                    ? calendar.nextWorkingDay(day)
                    : day.plusDays(1);
            return dayStart(next);
        }
        return candidate;
    }

    private ZonedDateTime dayStart(LocalDate day) {
        Cadence cadence = step.cadence();
        DayTime resume = cadence != null && cadence.resume() != null ? cadence.resume() : DayTime.DESK_OPENING;
        ZonedDateTime start = resume.on(day, calendar);
        if (step.audience().isStaff()) {
            return start;
        }
        ZonedDateTime quietEnds = day.atTime(quietHours.to()).atZone(calendar.zone());
        return start.isBefore(quietEnds) ? quietEnds : start;
    }

    private ZonedDateTime dayEnd(LocalDate day) {
        Cadence cadence = step.cadence();
        LocalTime until = cadence != null && cadence.lastUntil() != null ? cadence.lastUntil() : quietHours.from();
        if (!step.audience().isStaff() && quietHours.from().isBefore(until)) {
            until = quietHours.from();
        }
        return day.atTime(until).atZone(calendar.zone());
    }

    /** Whole days are calendar days in the property's zone, so "P3D" is the same wall-clock time 3 days on. */
    private static ZonedDateTime plus(ZonedDateTime t, Duration d) {
        long days = d.toDays();
        return t.plusDays(days).plus(d.minusDays(days));
    }
}
