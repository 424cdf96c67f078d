package io.frontdesk.notify.engine.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.policy.Policy;
import io.frontdesk.notify.engine.policy.Step;
import io.frontdesk.notify.engine.schedule.ReminderPlanner;
import io.frontdesk.notify.engine.schedule.StepSchedule;

/** A follow-up with the policy and calendar that decide its reminders' times. */
public record FollowUpContext(FollowUp followUp, Policy policy, PropertyCalendar calendar,
                              Map<String, LocalDate> subjectDates) {

    public StepSchedule schedule(Step step) {
        return new StepSchedule(step, calendar, policy.quietHours());
    }

    /** The next due time of a chain after {@code previous} (null for the first), not before {@code notBefore}. */
    public Optional<Instant> nextDue(Step step, Instant previous, Instant notBefore) {
        ZonedDateTime prev = previous == null ? null : previous.atZone(calendar.zone());
        List<Instant> acks = followUp.acknowledgedAt == null ? List.of() : List.of(followUp.acknowledgedAt);
        return ReminderPlanner.next(schedule(step), followUp.openedAt, subjectDates, acks, prev, notBefore)
                .map(ZonedDateTime::toInstant);
    }

    /** True when an acknowledgement already stopped the attempt due at {@code due} (same local day, before it). */
    public boolean acknowledgementCancels(Step step, Instant due) {
        Instant ack = followUp.acknowledgedAt;
        return step.stopOnAcknowledge() && ack != null && !ack.isAfter(due)
                && ack.atZone(calendar.zone()).toLocalDate().equals(due.atZone(calendar.zone()).toLocalDate());
    }
}
