package io.frontdesk.notify.arrears;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import io.frontdesk.notify.arrears.config.ArrearsConfig;
import io.frontdesk.notify.arrears.report.ArrearsReports;
import io.frontdesk.notify.arrears.report.ReportDates;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.jobs.JobRuns;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The periodic arrears work, per property in its own zone, each run once across replicas (JobRuns): the daily
 * red-line check at 00:05 for bills that fell overdue at midnight (R-ARR-2), the arrears report to the general
 * department and the 5-day reconciliation to the director, both at desk opening (R-ARR-5).
 */
@ApplicationScoped
public class ArrearsJobs {

    /** A little after midnight, so bills due yesterday are overdue. */
    static final LocalTime DAILY_CHECK_AT = LocalTime.of(0, 5);

    @Inject
    ServiceClock clock;

    @Inject
    JobRuns jobRuns;

    @Inject
    CalendarService calendars;

    @Inject
    ArrearsService arrears;

    @Inject
    ArrearsReports reports;

    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class, identity = "arrears-jobs")
    Uni<Void> tick() {
        return runDue(clock.now());
    }

    /** Everything due at {@code now} at every property; what another replica already did is skipped. */
    public Uni<Void> runDue(Instant now) {
        return Panache.withSession(() -> Property.<Property>listAll())
                .flatMap(properties -> Multi.createFrom().iterable(properties)
                        .onItem().transformToUniAndConcatenate(p -> redLineCheck(p.code, now)
                                .chain(() -> arrearsReport(p.code, now))
                                .chain(() -> reconciliation(p.code, now)))
                        .collect().last())
                .replaceWithVoid();
    }

    /** R-ARR-2: once a local day, after 00:05, every account of the property is worked out again. */
    public Uni<Boolean> redLineCheck(String code, Instant now) {
        return Panache.withTransaction(() -> calendars.calendarOf(code).flatMap(calendar -> {
            ZonedDateTime local = now.atZone(calendar.zone());
            if (local.toLocalTime().isBefore(DAILY_CHECK_AT)) {
                return Uni.createFrom().item(false);
            }
            return claimed("arrears-red-line", code + "/" + local.toLocalDate(),
                    () -> arrears.recomputeProperty(code).replaceWithVoid());
        }));
    }

    /** R-ARR-5: the report due the 2nd or the 15th goes out at desk opening of its send day. */
    public Uni<Boolean> arrearsReport(String code, Instant now) {
        return Panache.withTransaction(() -> calendars.calendarOf(code).flatMap(calendar -> {
            LocalDate today = now.atZone(calendar.zone()).toLocalDate();
            List<LocalDate> due = ReportDates.reportsSentOn(today, calendar);
            if (due.isEmpty() || !opened(calendar, today, now)) {
                return Uni.createFrom().item(false);
            }
            LocalDate reportDate = due.get(0);
            return claimed("arrears-report", code + "/" + reportDate,
                    () -> reports.sendReport(code, reportDate, today));
        }));
    }

    /** R-ARR-5: every 5 days, the payments of the window just ended, at desk opening. */
    public Uni<Boolean> reconciliation(String code, Instant now) {
        return Panache.withTransaction(() -> calendars.calendarOf(code).flatMap(calendar -> {
            LocalDate today = now.atZone(calendar.zone()).toLocalDate();
            var window = ReportDates.reconciledOn(today);
            if (window.isEmpty() || !opened(calendar, today, now)) {
                return Uni.createFrom().item(false);
            }
            return claimed("arrears-reconciliation", code + "/" + today,
                    () -> reports.sendReconciliation(code, window.get()[0], window.get()[1]));
        }));
    }

    private static boolean opened(PropertyCalendar calendar, LocalDate day, Instant now) {
        return !now.isBefore(calendar.deskOpeningOn(day).toInstant());
    }

    private Uni<Boolean> claimed(String job, String period, java.util.function.Supplier<Uni<Void>> work) {
        return jobRuns.claim(job, period).flatMap(won -> won ? work.get().replaceWith(true) : Uni.createFrom().item(false));
    }

    /** Tests and replicas that should not run the jobs set frontdesk.arrears.jobs-enabled=false. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        ArrearsConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.jobsEnabled();
        }
    }
}
