package io.frontdesk.notify.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.frontdesk.notify.arrears.rest.AccountBody;
import io.frontdesk.notify.arrears.rest.NewPayment;
import io.frontdesk.notify.arrears.rest.NewPeriod;
import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Accounts, bills and payments as the billing system feeds them, and the red line worked out again in the
 * same transaction as every change (R-ARR-2), opening and closing the arrears follow-ups. Callers hold the
 * transaction.
 */
@ApplicationScoped
public class ArrearsService {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /** Opens a tenant's account or changes the deposit held; the currency of an account never changes. */
    public Uni<ArrearsAccount> saveAccount(String code, long residentId, AccountBody body) {
        return tenant(code, residentId).flatMap(resident -> ArrearsAccount.<ArrearsAccount>find("residentId", residentId)
                .firstResult().flatMap(existing -> {
                    if (existing != null && !existing.currency.equals(body.currency())) {
                        return Uni.createFrom().failure(ProblemException.conflict("currency",
                                "the account is kept in " + existing.currency + "; it cannot change to " + body.currency()));
                    }
                    ArrearsAccount account = existing != null ? existing : new ArrearsAccount();
                    if (existing == null) {
                        account.propertyCode = code;
                        account.unitCode = resident.unitCode;
                        account.residentId = resident.id;
                        account.currency = body.currency();
                        account.createdAt = clock.now();
                    }
                    account.depositMonths = body.depositMonths();
                    return account.<ArrearsAccount>persist();
                }))
                .call(this::recompute);
    }

    public Uni<ArrearsAccount> account(String code, long residentId) {
        return found(ArrearsAccount.<ArrearsAccount>find("propertyCode = ?1 and residentId = ?2", code, residentId)
                .firstResult(), residentId);
    }

    /** A tenant's account wherever it is kept (one per tenant). */
    public Uni<ArrearsAccount> accountOf(long residentId) {
        return found(ArrearsAccount.<ArrearsAccount>find("residentId", residentId).firstResult(), residentId);
    }

    private static Uni<ArrearsAccount> found(Uni<ArrearsAccount> account, long residentId) {
        return account.onItem().ifNull().failWith(() -> ProblemException.notFound("residentId",
                "arrears account of tenant " + residentId));
    }

    /** R-ARR-1: each bill gets its payment notice at once, and a firmer one if its due date passes unpaid. */
    public Uni<List<BillingPeriod>> addPeriods(String code, List<NewPeriod> rows, boolean bulk) {
        return check(code, rows, bulk, NewPeriod::residentId, NewPeriod::currency, (row, account, at, issues) ->
                BillingPeriod.count("accountId = ?1 and reference = ?2", account.id, row.reference()).map(n -> {
                    if (n > 0) {
                        issues.add(new Issue(409, at + "reference", "bill " + row.reference() + " was already recorded"));
                    }
                    return n;
                }), row -> row.residentId() + "|" + row.reference())
                .flatMap(accounts -> {
                    Instant now = clock.now();
                    List<BillingPeriod> saved = new ArrayList<>();
                    return Multi.createFrom().range(0, rows.size()).onItem().transformToUniAndConcatenate(i -> {
                        NewPeriod row = rows.get(i);
                        ArrearsAccount account = accounts.get(i);
                        BillingPeriod p = new BillingPeriod();
                        p.accountId = account.id;
                        p.kind = row.kind();
                        p.period = row.period();
                        p.amount = row.amount();
                        p.dueDate = row.dueDate();
                        p.reference = row.reference();
                        p.createdAt = now;
                        saved.add(p);
                        return p.<BillingPeriod>persist().flatMap(bp -> openNotice(account, bp));
                    }).collect().last().flatMap(v -> recomputeAll(accounts)).replaceWith(saved);
                });
    }

    /** Payments settle the oldest bills first; each may bring the tenant back under the red line (R-ARR-3). */
    public Uni<List<ArrearsPayment>> addPayments(String code, List<NewPayment> rows, boolean bulk) {
        return check(code, rows, bulk, NewPayment::residentId, NewPayment::currency, (row, account, at, issues) ->
                ArrearsPayment.count("propertyCode = ?1 and reference = ?2", code, row.reference()).map(n -> {
                    if (n > 0) {
                        issues.add(new Issue(409, at + "reference", "payment " + row.reference() + " was already recorded"));
                    }
                    return n;
                }), NewPayment::reference)
                .flatMap(accounts -> {
                    Instant now = clock.now();
                    List<ArrearsPayment> saved = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        NewPayment row = rows.get(i);
                        ArrearsPayment p = new ArrearsPayment();
                        p.accountId = accounts.get(i).id;
                        p.propertyCode = code;
                        p.amount = row.amount();
                        p.paidOn = row.paidOn();
                        p.reference = row.reference();
                        p.recordedAt = now;
                        saved.add(p);
                    }
                    return ArrearsPayment.persist(saved).flatMap(v -> recomputeAll(accounts)).replaceWith(saved);
                });
    }

    /** The account worked out now, in the property's local date. */
    public Uni<AccountStatus> status(ArrearsAccount account) {
        return calendars.calendarOf(account.propertyCode)
                .flatMap(calendar -> status(account, today(calendar, clock.now())));
    }

    public Uni<AccountStatus> status(ArrearsAccount account, LocalDate today) {
        return BillingPeriod.<BillingPeriod>list("accountId", account.id)
                .flatMap(periods -> ArrearsPayment.<ArrearsPayment>list("accountId", account.id)
                        .map(payments -> AccountStatus.of(account.depositMonths, periods,
                                payments.stream().map(p -> p.amount).reduce(BigDecimal.ZERO, BigDecimal::add), today)));
    }

    /** Every account of a property worked out again: the daily check, for bills that fell overdue at midnight. */
    public Uni<Integer> recomputeProperty(String code) {
        return ArrearsAccount.<ArrearsAccount>list("propertyCode = ?1 order by id", code)
                .flatMap(accounts -> recomputeAll(accounts).replaceWith(accounts.size()));
    }

    /**
     * R-ARR-2, R-ARR-3, R-ARR-4: on crossing the red line a new breach episode opens the tenant reminders (unless
     * still open from the last one) and the director/escalation chain; back under it the chain stops; with
     * nothing overdue the reminders stop too. Open follow-ups get the current figures.
     */
    public Uni<AccountStatus> recompute(ArrearsAccount account) {
        Instant now = clock.now();
        return calendars.calendarOf(account.propertyCode).flatMap(calendar -> status(account, today(calendar, now))
                .call(status -> settle(status, now))
                .call(status -> Resident.<Resident>findById(account.residentId)
                        .flatMap(resident -> applyRedLine(account, status,
                                () -> ArrearsDetails.of(account, resident, status, calendar.zone()), now))));
    }

    private Uni<Void> applyRedLine(ArrearsAccount account, AccountStatus status,
                                   Supplier<Map<String, Object>> figures, Instant now) {
        if (status.crossed()) {
            Uni<Void> work = Uni.createFrom().voidItem();
            if (account.redLineSince == null) {
                account.redLineSince = now;
                account.episode++;
                account.escalationRef = ArrearsFollowUpKinds.ESCALATION + ":" + account.id + ":" + account.episode;
                Map<String, Object> details = figures.get();
                work = work.call(() -> open(account, ArrearsFollowUpKinds.ESCALATION, account.escalationRef, details));
                if (account.remindersRef == null) {
                    account.remindersRef = ArrearsFollowUpKinds.REMINDERS + ":" + account.id + ":" + account.episode;
                    return work.call(() -> open(account, ArrearsFollowUpKinds.REMINDERS, account.remindersRef, details));
                }
                return work.call(() -> followUps.updateDetails(account.remindersRef, details));
            }
            Map<String, Object> details = figures.get();
            return followUps.updateDetails(account.escalationRef, details).replaceWithVoid()
                    .call(() -> account.remindersRef == null ? Uni.createFrom().voidItem()
                            : followUps.updateDetails(account.remindersRef, details));
        }
        Uni<Void> work = Uni.createFrom().voidItem();
        if (account.escalationRef != null) {
            String ref = account.escalationRef;
            String why = status.outstanding().signum() == 0 ? "paid in full" : "back under the red line";
            work = work.call(() -> followUps.resolve(ref, why));
            account.escalationRef = null;
        }
        account.redLineSince = null;
        if (account.remindersRef != null) {
            String ref = account.remindersRef;
            if (status.overdue().signum() == 0) {
                account.remindersRef = null;
                return work.call(() -> followUps.resolve(ref, status.outstanding().signum() == 0 ? "paid in full" : "nothing overdue"));
            }
            return work.call(() -> followUps.updateDetails(ref, figures.get()));
        }
        return work;
    }

    /** R-ARR-1: a bill paid in full ends its payment notices. */
    private Uni<Void> settle(AccountStatus status, Instant now) {
        return Multi.createFrom().iterable(status.bills())
                .filter(b -> b.outstanding().signum() == 0 && b.period().settledAt == null)
                .onItem().transformToUniAndConcatenate(b -> {
                    b.period().settledAt = now;
                    return followUps.resolve(b.period().noticeRef(), "paid");
                })
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> openNotice(ArrearsAccount account, BillingPeriod period) {
        return Resident.<Resident>findById(account.residentId).flatMap(resident -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("unit", account.unitCode);
            details.put("tenant", resident.name);
            details.put("kindZh", period.kind.chinese);
            details.put("kindEn", period.kind.english);
            details.put("period", period.period);
            details.put("due", period.dueDate.toString());
            details.put("amount", period.amount.toPlainString());
            details.put("currency", account.currency);
            return followUps.open(new OpenFollowUp(account.propertyCode, ArrearsFollowUpKinds.NOTICE, period.noticeRef(),
                    account.residentId, account.unitCode, details, Map.of("overdueOn", period.dueDate.plusDays(1))));
        }).replaceWithVoid();
    }

    private Uni<Void> open(ArrearsAccount account, String kind, String ref, Map<String, Object> details) {
        return followUps.open(new OpenFollowUp(account.propertyCode, kind, ref, account.residentId, account.unitCode,
                details, Map.of())).replaceWithVoid();
    }

    private Uni<Void> recomputeAll(List<ArrearsAccount> accounts) {
        Set<Long> seen = new HashSet<>();
        return Multi.createFrom().iterable(accounts).filter(a -> seen.add(a.id))
                .onItem().transformToUniAndConcatenate(this::recompute)
                .collect().last().replaceWithVoid();
    }

    /** A row problem: its HTTP status and the field at fault. */
    private record Issue(int status, String field, String message) {
    }

    private interface RowCheck<T> {
        Uni<?> check(T row, ArrearsAccount account, String at, List<Issue> issues);
    }

    /**
     * Checks every row before anything is written (a bulk is all-or-nothing): a known tenant with an account
     * here, the account's currency, and a reference not seen before. Answers the account of each row.
     */
    private <T> Uni<List<ArrearsAccount>> check(String code, List<T> rows, boolean bulk, Function<T, Long> residentId,
                                                Function<T, String> currency, RowCheck<T> duplicate,
                                                Function<T, String> key) {
        List<Issue> issues = new ArrayList<>();
        List<ArrearsAccount> accounts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        return Multi.createFrom().range(0, rows.size()).onItem().transformToUniAndConcatenate(i -> {
            T row = rows.get(i);
            String at = bulk ? "[" + i + "]." : "";
            return ArrearsAccount.<ArrearsAccount>find("propertyCode = ?1 and residentId = ?2", code, residentId.apply(row))
                    .firstResult().flatMap(account -> {
                        accounts.add(account);
                        if (account == null) {
                            issues.add(new Issue(404, at + "residentId", "tenant " + residentId.apply(row)
                                    + " has no arrears account at " + code));
                            return Uni.createFrom().voidItem();
                        }
                        if (!account.currency.equals(currency.apply(row))) {
                            issues.add(new Issue(400, at + "currency", "the account is kept in " + account.currency
                                    + ", not " + currency.apply(row)));
                        }
                        if (!keys.add(key.apply(row))) {
                            issues.add(new Issue(409, at + "reference", "the reference appears twice in this request"));
                        }
                        return duplicate.check(row, account, at, issues).replaceWithVoid();
                    });
        }).collect().last().flatMap(v -> {
            if (issues.isEmpty()) {
                return Uni.createFrom().item(accounts);
            }
            int status = issues.stream().allMatch(x -> x.status() == issues.get(0).status()) ? issues.get(0).status() : 400;
            String title = switch (status) {
                case 404 -> "Not found";
                case 409 -> "Conflict";
                default -> "Invalid input";
            };
            List<FieldError> errors = issues.stream().map(x -> new FieldError(x.field(), x.message())).toList();
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " rows are refused; nothing was recorded";
            return Uni.createFrom().failure(new ProblemException(status, title, detail, errors));
        });
    }

    private Uni<Resident> tenant(String code, long residentId) {
        return Resident.<Resident>findById(residentId).map(r -> {
            if (r == null || !r.propertyCode.equals(code)) {
                throw ProblemException.notFound("residentId", "tenant " + residentId + " at " + code);
            }
            return r;
        });
    }

    static LocalDate today(PropertyCalendar calendar, Instant now) {
        return now.atZone(calendar.zone()).toLocalDate();
    }
}
