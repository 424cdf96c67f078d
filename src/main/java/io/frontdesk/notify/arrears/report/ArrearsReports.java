package io.frontdesk.notify.arrears.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.frontdesk.notify.arrears.AccountStatus;
import io.frontdesk.notify.arrears.ArrearsAccount;
import io.frontdesk.notify.arrears.ArrearsFollowUpKinds;
import io.frontdesk.notify.arrears.ArrearsPayment;
import io.frontdesk.notify.arrears.ArrearsService;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.followup.Reminder;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Draws up the arrears report and the collections reconciliation (R-ARR-5), and sends them through follow-ups. */
@ApplicationScoped
public class ArrearsReports {

    /** How the report names the steps of the default policies; a manager's own step keeps its name. */
    private static final Map<String, String> ACTIONS = Map.of(
            "payment-notice", "交款通知",
            "reminder", "催缴提醒",
            "director-notice", "通知项目主任",
            "report-general-dept", "书面报告物业综合部经理",
            "report-deputy-gm", "书面报告主管副总经理",
            "report-gm", "书面报告总经理");

    @Inject
    ArrearsService arrears;

    @Inject
    FollowUpService followUps;

    /** The report on a local date: bills overdue on it (due before it) and not fully paid. */
    public Uni<ArrearsReport> build(String code, LocalDate asOf) {
        return Property.<Property>findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("code", "property " + code))
                .flatMap(property -> ArrearsAccount.<ArrearsAccount>list("propertyCode = ?1 order by unitCode, id", code)
                        .flatMap(accounts -> Multi.createFrom().iterable(accounts)
                                .onItem().transformToUniAndConcatenate(a -> rows(a, asOf))
                                .collect().in(ArrayList<ArrearsReport.Row>::new, List::addAll))
                        .map(rows -> new ArrearsReport(code, property.name, asOf, rows, totals(rows),
                                (int) rows.stream().filter(ArrearsReport.Row::redLine)
                                        .map(ArrearsReport.Row::residentId).distinct().count())));
    }

    private Uni<List<ArrearsReport.Row>> rows(ArrearsAccount account, LocalDate asOf) {
        return arrears.status(account, asOf).flatMap(status -> {
            if (status.overdueBills().isEmpty()) {
                return Uni.createFrom().item(List.<ArrearsReport.Row>of());
            }
            return Resident.<Resident>findById(account.residentId).flatMap(resident -> actions(account)
                    .map(actions -> status.overdueBills().stream().map(b -> row(account, resident, status, b, actions))
                            .toList()));
        });
    }

    private static ArrearsReport.Row row(ArrearsAccount account, Resident resident, AccountStatus status,
                                         AccountStatus.Bill bill, String actions) {
        return new ArrearsReport.Row(account.unitCode, account.residentId, resident == null ? "" : resident.name,
                bill.period().period, bill.period().kind.name(), bill.period().kind.chinese, bill.period().dueDate,
                account.currency, bill.period().amount, bill.paid(), bill.outstanding(), status.monthsOverdue(),
                account.depositMonths, status.crossed(), actions);
    }

    /** The messages sent so far in the account's breach episodes, e.g. "交款通知×1；通知项目主任×1". */
    private Uni<String> actions(ArrearsAccount account) {
        return FollowUp.<FollowUp>list("subjectRef like ?1 or subjectRef like ?2",
                        ArrearsFollowUpKinds.REMINDERS + ":" + account.id + ":%",
                        ArrearsFollowUpKinds.ESCALATION + ":" + account.id + ":%")
                .flatMap(list -> list.isEmpty() ? Uni.createFrom().item(List.<Reminder>of())
                        : Reminder.<Reminder>list("followUpId in ?1 and status = ?2 order by dueAt",
                                list.stream().map(f -> f.id).toList(), Reminder.Status.SENT))
                .map(sent -> {
                    Map<String, Long> counts = sent.stream().collect(Collectors.groupingBy(r -> r.step,
                            LinkedHashMap::new, Collectors.counting()));
                    return counts.entrySet().stream()
                            .map(e -> ACTIONS.getOrDefault(e.getKey(), e.getKey()) + "×" + e.getValue())
                            .collect(Collectors.joining("；"));
                });
    }

    private static List<ArrearsReport.Total> totals(List<ArrearsReport.Row> rows) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (ArrearsReport.Row r : rows) {
            BigDecimal[] s = sums.computeIfAbsent(r.currency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(r.amount());
            s[1] = s[1].add(r.paid());
            s[2] = s[2].add(r.outstanding());
        }
        return sums.entrySet().stream()
                .map(e -> new ArrearsReport.Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** R-ARR-5: emails the report for {@code reportDate} to the general department (staff role GENERAL_DEPT_MANAGER). */
    public Uni<Void> sendReport(String code, LocalDate reportDate, LocalDate asOf) {
        return build(code, asOf).flatMap(report -> {
            Map<String, Object> details = report.asData();
            details.put("reportDate", reportDate.toString());
            details.put("csv", report.csv()); // attached to the email for finance (templates/arrears-report/attachment)
            return supersede(code, ArrearsFollowUpKinds.REPORT, "report of " + reportDate)
                    .chain(() -> followUps.open(new OpenFollowUp(code, ArrearsFollowUpKinds.REPORT,
                            ArrearsFollowUpKinds.REPORT + ":" + code + ":" + reportDate, null, null, details, Map.of())));
        }).replaceWithVoid();
    }

    /** R-ARR-5: collected amounts of payment dates {@code from}..{@code to}, per currency, to the project director. */
    public Uni<Void> sendReconciliation(String code, LocalDate from, LocalDate to) {
        return ArrearsPayment.<ArrearsPayment>list("propertyCode = ?1 and paidOn >= ?2 and paidOn <= ?3 order by paidOn, id",
                        code, from, to)
                .flatMap(payments -> Multi.createFrom().iterable(payments)
                        .onItem().transformToUniAndConcatenate(p -> ArrearsAccount.<ArrearsAccount>findById(p.accountId)
                                .map(a -> {
                                    Map<String, Object> line = new LinkedHashMap<>();
                                    line.put("unit", a.unitCode);
                                    line.put("paidOn", p.paidOn.toString());
                                    line.put("reference", p.reference);
                                    line.put("currency", a.currency);
                                    line.put("amount", p.amount.toPlainString());
                                    return line;
                                }))
                        .collect().asList())
                .flatMap(lines -> {
                    Map<String, BigDecimal> sums = new TreeMap<>();
                    lines.forEach(l -> sums.merge((String) l.get("currency"), new BigDecimal((String) l.get("amount")), BigDecimal::add));
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("from", from.toString());
                    details.put("to", to.toString());
                    details.put("payments", lines);
                    details.put("count", lines.size());
                    details.put("totals", sums.entrySet().stream()
                            .map(e -> Map.of("currency", e.getKey(), "amount", e.getValue().toPlainString())).toList());
                    return supersede(code, ArrearsFollowUpKinds.RECONCILIATION, "reconciliation to " + to)
                            .chain(() -> followUps.open(new OpenFollowUp(code, ArrearsFollowUpKinds.RECONCILIATION,
                                    ArrearsFollowUpKinds.RECONCILIATION + ":" + code + ":" + to, null, null, details, Map.of())));
                }).replaceWithVoid();
    }

    /** A report is a one-off message: the previous one of its kind is closed when the next is drawn up. */
    private Uni<Void> supersede(String code, String kind, String by) {
        return FollowUp.<FollowUp>list("propertyCode = ?1 and kind = ?2 and resolvedAt is null", code, kind)
                .flatMap(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(f -> followUps.resolve(f.subjectRef, "superseded by " + by))
                        .collect().last())
                .replaceWithVoid();
    }
}
