package io.frontdesk.notify.engine.simulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.policy.Audience;
import io.frontdesk.notify.engine.policy.Policy;
import io.frontdesk.notify.engine.policy.Step;
import io.frontdesk.notify.engine.schedule.ReminderPlanner;
import io.frontdesk.notify.engine.schedule.StepSchedule;

/**
 * What a policy would send for one matter, computed with the same schedule and planner the engine uses
 * for real reminders, and sending nothing.
 */
public final class Simulator {

    /** One reminder that would go out. {@code fallback} lists the channels tried if the first cannot reach. */
    public record PlannedReminder(ZonedDateTime dueAt, String step, String rule, Audience audience, Channel channel,
                                  List<Channel> fallback) {
    }

    private Simulator() {
    }

    /**
     * Every reminder due from the opening up to {@code until} (exclusive) and before {@code resolvedAt};
     * stops at {@code limit} reminders.
     */
    public static List<PlannedReminder> simulate(Policy policy, PropertyCalendar calendar, Instant openedAt,
                                                 Map<String, LocalDate> subjectDates, List<Instant> acknowledgements,
                                                 Instant resolvedAt, Instant until, int limit) {
        List<PlannedReminder> out = new ArrayList<>();
        for (Step step : policy.steps()) {
            StepSchedule schedule = new StepSchedule(step, calendar, policy.quietHours());
            Optional<ZonedDateTime> due = ReminderPlanner.next(schedule, openedAt, subjectDates, acknowledgements, null, null);
            int count = 0;
            while (due.isPresent() && due.get().toInstant().isBefore(until)
                    && (resolvedAt == null || due.get().toInstant().isBefore(resolvedAt)) && count < limit) {
                for (Channel channel : step.plannedChannels()) {
                    List<Channel> fallback = step.plannedChannels().size() == step.channels().size()
                            ? List.of()
                            : step.channels().subList(1, step.channels().size());
                    out.add(new PlannedReminder(due.get(), step.name(), step.rule(), step.audience(), channel, fallback));
                    count++;
                }
                due = ReminderPlanner.next(schedule, openedAt, subjectDates, acknowledgements, due.get(), null);
            }
        }
        out.sort(Comparator.comparing(PlannedReminder::dueAt).thenComparing(r -> policy.steps().indexOf(policy.step(r.step()))));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}
