package io.frontdesk.notify.engine.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The due times of a step's reminders once acknowledgements count: an acknowledgement at {@code a}
 * cancels the attempts from {@code a} to the end of that local day, for steps that stop on acknowledge
 * (R-PARCEL-3: "an acknowledgement stops only that day's retries").
 */
public final class ReminderPlanner {

    /** Bounds the walk when catching up on a long-open follow-up; far above any real cadence. */
    private static final int MAX_STEPS = 100_000;

    private ReminderPlanner() {
    }

    /**
     * The next attempt after {@code previous} (or the first, when null) that no acknowledgement cancels and
     * that is not before {@code notBefore} (when replanning after a policy change); empty when none is left.
     */
    public static Optional<ZonedDateTime> next(StepSchedule schedule, Instant openedAt, Map<String, LocalDate> subjectDates,
                                               Collection<Instant> acknowledgements, ZonedDateTime previous,
                                               Instant notBefore) {
        Optional<ZonedDateTime> candidate = previous == null
                ? schedule.first(openedAt, subjectDates)
                : schedule.after(previous);
        for (int i = 0; i < MAX_STEPS && candidate.isPresent(); i++) {
            ZonedDateTime at = candidate.get();
            if (schedule.step().stopOnAcknowledge() && cancelledByAcknowledgement(at, acknowledgements)) {
                candidate = schedule.firstOnDayAfter(at.toLocalDate());
            } else if (notBefore != null && at.toInstant().isBefore(notBefore)) {
                candidate = schedule.after(at);
            } else {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static boolean cancelledByAcknowledgement(ZonedDateTime at, Collection<Instant> acknowledgements) {
        for (Instant ack : acknowledgements) {
            ZonedDateTime local = ack.atZone(at.getZone());
            if (!ack.isAfter(at.toInstant()) && local.toLocalDate().equals(at.toLocalDate())) {
                return true;
            }
        }
        return false;
    }
}
