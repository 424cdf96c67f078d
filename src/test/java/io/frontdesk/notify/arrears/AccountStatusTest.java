package io.frontdesk.notify.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-ARR-2: the red-line table of RULES.md and its generalisation, worked on plain bills. */
class AccountStatusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static BillingPeriod bill(long id, String month, String amount, String due) {
        BillingPeriod p = new BillingPeriod();
        p.id = id;
        p.kind = BillingKind.RENT;
        p.period = month;
        p.amount = new BigDecimal(amount);
        p.dueDate = LocalDate.parse(due);
        return p;
    }

    /** Three monthly bills of 1000.00, due 10 Sep, 10 Oct, 10 Nov: all overdue on 24 Nov. */
    static final List<BillingPeriod> THREE_MONTHS = List.of(
            bill(1, "2026-09", "1000.00", "2026-09-10"),
            bill(2, "2026-10", "1000.00", "2026-10-10"),
            bill(3, "2026-11", "1000.00", "2026-11-10"));

    @ParameterizedTest(name = "deposit {0} months, {1} paid: {2} months overdue, threshold {3}, crossed {4}")
    @CsvSource({
            // R-ARR-2 table: 0 and 1 month → any amount overdue crosses it
            "0, 2999.99, 1, 0, true",
            "0, 3000.00, 0, 0, false",
            "1, 2999.99, 1, 0, true",
            "1, 3000.00, 0, 0, false",
            // 2 months → one month overdue
            "2, 2000.00, 1, 1, true",
            "2, 3000.00, 0, 1, false",
            // 3 months → two months overdue
            "3, 1000.00, 2, 2, true",
            "3, 2000.00, 1, 2, false",
            "3, 1000.01, 2, 2, true",
            "3, 0, 3, 2, true",
            // 4 months (generalised: d − 1 = 3)
            "4, 0, 3, 3, true",
            "4, 0.01, 3, 3, true",
            "4, 1000.00, 2, 3, false"})
    void theRedLineFollowsTheDepositHeld(int deposit, String paid, int months, int threshold, boolean crossed) {
        AccountStatus status = AccountStatus.of(deposit, THREE_MONTHS, new BigDecimal(paid), TODAY);

        assertThat(status.monthsOverdue()).isEqualTo(months);
        assertThat(status.threshold()).isEqualTo(threshold);
        assertThat(status.crossed()).isEqualTo(crossed);
    }

    @Test
    void aPartialPaymentSettlesTheOldestBillFirstAndLeavesTheRestOwedExactly() {
        // R-ARR-2: a bill partly paid is still overdue; payments go to the oldest due date
        AccountStatus status = AccountStatus.of(3, THREE_MONTHS, new BigDecimal("1500.50"), TODAY);

        assertThat(status.bills()).extracting(b -> b.outstanding().toPlainString())
                .containsExactly("0.00", "499.50", "1000.00");
        assertThat(status.overdue()).isEqualByComparingTo("1499.50");
        assertThat(status.monthsOverdue()).isEqualTo(2);
        assertThat(status.crossed()).isTrue();
    }

    @Test
    void aBillIsOverdueFromTheLocalMidnightAfterItsDueDate() {
        // R-ARR-2: due 2026-11-24 → not overdue on the 24th, overdue on the 25th
        List<BillingPeriod> one = List.of(bill(1, "2026-11", "800.00", "2026-11-24"));

        assertThat(AccountStatus.of(1, one, BigDecimal.ZERO, LocalDate.of(2026, 11, 24)).crossed()).isFalse();
        assertThat(AccountStatus.of(1, one, BigDecimal.ZERO, LocalDate.of(2026, 11, 25)).crossed()).isTrue();
    }

    @Test
    void severalKindsOfOneMonthCountAsOneMonthOverdue() {
        List<BillingPeriod> october = List.of(bill(1, "2026-10", "1000.00", "2026-10-10"),
                bill(2, "2026-10", "300.00", "2026-10-15"));

        AccountStatus status = AccountStatus.of(2, october, BigDecimal.ZERO, TODAY);

        assertThat(status.monthsOverdue()).isEqualTo(1);
        assertThat(status.overdue()).isEqualByComparingTo("1300.00");
    }
}
