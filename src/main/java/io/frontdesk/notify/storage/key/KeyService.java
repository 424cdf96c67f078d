package io.frontdesk.notify.storage.key;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.followup.Contact;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.jobs.JobRuns;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.storage.key.rest.KeyBodies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The key desk: loans, returns, lost or damaged keys, and the half-monthly stock count. */
@ApplicationScoped
public class KeyService {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final String STOCK_JOB = "key-stock-count";

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    @Inject
    JobRuns jobRuns;

    /**
     * R-KEY-1, R-KEY-2: the loan's follow-up asks the borrower, and lists the key for the desk, before the
     * desk closes on the due-back day and every day after until it is back (policy {@code key-loan}).
     */
    public Uni<KeyLoan> lend(String propertyCode, KeyBodies.Lend request) {
        Contact borrower = request.borrower().toContact("borrower");
        Instant now = clock.now();
        if (!request.dueBack().toInstant().isAfter(now)) {
            return Uni.createFrom().failure(ProblemException.badField("dueBack", "must be in the future"));
        }
        return calendars.calendarOf(propertyCode).flatMap(calendar -> {
            KeyLoan loan = new KeyLoan();
            loan.propertyCode = propertyCode;
            loan.keyCode = request.keyCode();
            loan.borrowerName = borrower.name();
            loan.borrowerPhone = borrower.phone();
            loan.borrowerEmail = borrower.email();
            loan.borrowerLocale = borrower.locale();
            loan.lentAt = now;
            loan.lentBy = request.lentBy();
            loan.dueBackAt = request.dueBack().toInstant();
            loan.status = KeyLoan.Status.OUT;
            return loan.<KeyLoan>persist().flatMap(saved -> {
                ZonedDateTime due = saved.dueBackAt.atZone(calendar.zone());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("keyCode", saved.keyCode);
                details.put("borrower", saved.borrowerName);
                details.put("lent", LOCAL_TIME.format(saved.lentAt.atZone(calendar.zone())));
                details.put("dueBack", LOCAL_TIME.format(due));
                return followUps.open(new OpenFollowUp(propertyCode, KeyKinds.Loan.NAME, saved.subjectRef(), null, null,
                        details, Map.of("dueBackOn", due.toLocalDate()), List.of(borrower)));
            }).map(followUp -> {
                loan.followUpId = followUp.id;
                return loan;
            });
        });
    }

    public Uni<KeyLoan> returnKey(long id, KeyBodies.Return request) {
        return out(id).flatMap(loan -> {
            loan.status = KeyLoan.Status.RETURNED;
            loan.returnedAt = clock.now();
            loan.receivedBy = request.receivedBy();
            return followUps.resolve(loan.subjectRef(), "returned to " + request.receivedBy()).replaceWith(loan);
        });
    }

    /** R-KEY-2: lost or damaged, with the reason; the daily check of this loan ends. */
    public Uni<KeyLoan> report(long id, KeyBodies.Report request) {
        if (request.outcome() != KeyLoan.Status.LOST && request.outcome() != KeyLoan.Status.DAMAGED) {
            return Uni.createFrom().failure(ProblemException.badField("outcome", "must be LOST or DAMAGED"));
        }
        return out(id).flatMap(loan -> {
            loan.status = request.outcome();
            loan.reportedAt = clock.now();
            loan.reportReason = request.reason() + " (" + request.reportedBy() + ")";
            return followUps.resolve(loan.subjectRef(), request.outcome().name().toLowerCase() + ": " + request.reason())
                    .replaceWith(loan);
        });
    }

    /** R-KEY-3: the count is recorded; this half-month's reminder stops. */
    public Uni<KeyStockCount> recordStockCount(String propertyCode, KeyBodies.StockCount request) {
        return calendars.calendarOf(propertyCode).flatMap(calendar -> {
            KeyStockCount count = new KeyStockCount();
            count.propertyCode = propertyCode;
            count.countedAt = clock.now();
            count.countedBy = request.countedBy();
            count.keysCounted = request.keysCounted();
            count.note = request.note();
            String ref = stockRef(propertyCode, halfMonth(count.countedAt.atZone(calendar.zone()).toLocalDate()));
            return count.<KeyStockCount>persist().call(saved -> FollowUp.count("subjectRef", ref)
                    .flatMap(n -> n == 0 ? Uni.createFrom().voidItem()
                            : followUps.resolve(ref, "counted by " + request.countedBy()).replaceWithVoid()));
        });
    }

    public Uni<KeyLoan> find(long id) {
        return KeyLoan.<KeyLoan>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("id", "key loan " + id));
    }

    public Uni<List<KeyLoan>> list(String propertyCode, KeyLoan.Status status) {
        return calendars.calendarOf(propertyCode).flatMap(c -> status == null
                ? KeyLoan.<KeyLoan>list("propertyCode = ?1 order by lentAt desc", propertyCode)
                : KeyLoan.<KeyLoan>list("propertyCode = ?1 and status = ?2 order by lentAt desc", propertyCode, status));
    }

    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "key-stock-count")
    Uni<Void> tick() {
        return remindStockCounts(clock.now()).replaceWithVoid();
    }

    /**
     * R-KEY-3: from desk opening on the 1st and the 16th, each property that lends keys gets a stock count
     * reminder for the half-month, unless a count was already recorded in it; once across replicas.
     * Returns the number of reminders opened.
     */
    public Uni<Integer> remindStockCounts(Instant now) {
        return Panache.withSession(() -> KeyLoan.<KeyLoan>find("select distinct k.propertyCode from KeyLoan k")
                        .project(String.class).list())
                .flatMap(codes -> Multi.createFrom().iterable(codes)
                        .onItem().transformToUniAndConcatenate(code -> Panache.withTransaction(() -> remindStockCount(code, now)))
                        .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue)));
    }

    private Uni<Integer> remindStockCount(String propertyCode, Instant now) {
        return calendars.calendarOf(propertyCode).flatMap(calendar -> {
            LocalDate today = now.atZone(calendar.zone()).toLocalDate();
            if (now.isBefore(calendar.deskOpeningOn(today).toInstant())) {
                return Uni.createFrom().item(0);
            }
            String period = halfMonth(today);
            LocalDate periodStart = today.getDayOfMonth() >= 16 ? today.withDayOfMonth(16) : today.withDayOfMonth(1);
            return jobRuns.claim(STOCK_JOB, propertyCode + "/" + period).flatMap(won -> !won ? Uni.createFrom().item(0)
                    : KeyStockCount.count("propertyCode = ?1 and countedAt >= ?2", propertyCode,
                                    periodStart.atStartOfDay(calendar.zone()).toInstant())
                            .flatMap(counted -> counted > 0 ? Uni.createFrom().item(0)
                                    : followUps.open(new OpenFollowUp(propertyCode, KeyKinds.StockCount.NAME,
                                            stockRef(propertyCode, period), null, null, Map.of("period", period), Map.of()))
                                    .replaceWith(1)));
        });
    }

    /** "2026-12-H1" for the 1st to the 15th, "2026-12-H2" from the 16th. */
    static String halfMonth(LocalDate date) {
        return date.getYear() + "-" + String.format("%02d", date.getMonthValue()) + (date.getDayOfMonth() >= 16 ? "-H2" : "-H1");
    }

    private static String stockRef(String propertyCode, String period) {
        return "key-stock:" + propertyCode + ":" + period;
    }

    private Uni<KeyLoan> out(long id) {
        return find(id).map(loan -> {
            if (loan.status != KeyLoan.Status.OUT) {
                throw ProblemException.conflict("id", "key loan " + id + " is already " + loan.status);
            }
            return loan;
        });
    }
}
