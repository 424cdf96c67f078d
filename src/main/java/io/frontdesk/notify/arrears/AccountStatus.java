package io.frontdesk.notify.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An account worked out on a local date: what each bill still owes and whether it is overdue, the months
 * overdue and where the red line lies (R-ARR-2). Payments settle the bills oldest due date first.
 *
 * @param monthsOverdue distinct billed months with a bill whose due date has passed and is not fully paid
 * @param threshold     months overdue at which the red line is crossed: max(deposit − 1, 0)
 * @param crossed       d ≤ 1: any amount overdue; otherwise months overdue ≥ d − 1
 */
public record AccountStatus(List<Bill> bills, BigDecimal paid, BigDecimal outstanding, BigDecimal overdue,
                            int monthsOverdue, int threshold, boolean crossed) {

    /** One billing period on that date: paid so far, still owed, and overdue when its due date has passed. */
    /** Amounts are kept in cents (the scale of numeric(14, 2)), so "0.00" reads like every other amount. */
    static final int CENTS = 2;

    public record Bill(BillingPeriod period, BigDecimal paid, BigDecimal outstanding, boolean overdue) {
    }

    /**
     * A bill falls overdue at the first midnight after its due date in the property's zone, so on
     * {@code today} (a local date) it is overdue when its due date is before today.
     */
    public static AccountStatus of(int depositMonths, List<BillingPeriod> periods, BigDecimal paidTotal,
                                   LocalDate today) {
        List<BillingPeriod> oldestFirst = new ArrayList<>(periods);
        oldestFirst.sort(Comparator.comparing((BillingPeriod p) -> p.dueDate).thenComparing(p -> p.id == null ? 0 : p.id));
        BigDecimal left = paidTotal.setScale(CENTS);
        BigDecimal outstanding = BigDecimal.ZERO.setScale(CENTS);
        BigDecimal overdue = BigDecimal.ZERO.setScale(CENTS);
        List<Bill> bills = new ArrayList<>();
        List<String> overdueMonths = new ArrayList<>();
        for (BillingPeriod p : oldestFirst) {
            BigDecimal paid = left.min(p.amount);
            left = left.subtract(paid);
            BigDecimal owed = p.amount.subtract(paid);
            boolean late = owed.signum() > 0 && p.dueDate.isBefore(today);
            bills.add(new Bill(p, paid, owed, late));
            outstanding = outstanding.add(owed);
            if (late) {
                overdue = overdue.add(owed);
                if (!overdueMonths.contains(p.period)) {
                    overdueMonths.add(p.period);
                }
            }
        }
        int threshold = threshold(depositMonths);
        int months = overdueMonths.size();
        // R-ARR-2 generalised: with d ≤ 1 any overdue amount crosses it, i.e. one month overdue
        boolean crossed = months >= Math.max(threshold, 1);
        return new AccountStatus(bills, paidTotal, outstanding, overdue, months, threshold, crossed);
    }

    /** R-ARR-2: the red line is max(d − 1, 0) months overdue. */
    public static int threshold(int depositMonths) {
        return Math.max(depositMonths - 1, 0);
    }

    public List<Bill> overdueBills() {
        return bills.stream().filter(Bill::overdue).toList();
    }

    /** Credit beyond every bill (paid in advance). */
    public BigDecimal credit() {
        BigDecimal billed = bills.stream().map(b -> b.period().amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.subtract(billed).max(BigDecimal.ZERO);
    }
}
