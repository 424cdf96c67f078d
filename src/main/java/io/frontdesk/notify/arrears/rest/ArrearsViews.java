package io.frontdesk.notify.arrears.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.arrears.AccountStatus;
import io.frontdesk.notify.arrears.ArrearsAccount;
import io.frontdesk.notify.arrears.ArrearsPayment;
import io.frontdesk.notify.arrears.BillingKind;
import io.frontdesk.notify.arrears.ReleaseCheck;

/** What the API shows; money as decimal strings ("1200.00") so no client reads it as floating point. */
public final class ArrearsViews {

    private ArrearsViews() {
    }

    public record BillView(Long id, BillingKind kind, String period, LocalDate dueDate, String reference, String amount,
                           String paid, String outstanding, boolean overdue) {
    }

    /** R-ARR-2: the amounts overdue per period, months overdue, the deposit's threshold, the red line and since when. */
    public record AccountView(Long residentId, String property, String unit, int depositMonths, String currency,
                              String outstanding, String overdue, String credit, int monthsOverdue, int threshold,
                              boolean redLineCrossed, OffsetDateTime redLineSince, List<BillView> periods) {
    }

    public record PaymentView(Long id, Long accountId, String amount, LocalDate paidOn, String reference) {
    }

    public record ReleaseCheckView(Long id, String property, String unit, boolean allowed, Map<String, String> owed,
                                   String askedBy, OffsetDateTime askedAt, String overriddenBy,
                                   OffsetDateTime overriddenAt, String overrideReason) {
    }

    public static AccountView account(ArrearsAccount a, AccountStatus s, ZoneId zone) {
        return new AccountView(a.residentId, a.propertyCode, a.unitCode, a.depositMonths, a.currency,
                s.outstanding().toPlainString(), s.overdue().toPlainString(), s.credit().toPlainString(),
                s.monthsOverdue(), s.threshold(), s.crossed(),
                a.redLineSince == null || !s.crossed() ? null : a.redLineSince.atZone(zone).toOffsetDateTime(),
                s.bills().stream().map(b -> new BillView(b.period().id, b.period().kind, b.period().period,
                        b.period().dueDate, b.period().reference, b.period().amount.toPlainString(),
                        b.paid().toPlainString(), b.outstanding().toPlainString(), b.overdue())).toList());
    }

    public static PaymentView payment(ArrearsPayment p) {
        return new PaymentView(p.id, p.accountId, p.amount.toPlainString(), p.paidOn, p.reference);
    }

    public static ReleaseCheckView releaseCheck(ReleaseCheck c, Map<String, String> owed, ZoneId zone) {
        return new ReleaseCheckView(c.id, c.propertyCode, c.unitCode, c.allowed, owed, c.askedBy,
                c.askedAt.atZone(zone).toOffsetDateTime(), c.overriddenBy,
                c.overriddenAt == null ? null : c.overriddenAt.atZone(zone).toOffsetDateTime(), c.overrideReason);
    }
}
