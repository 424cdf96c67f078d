package io.frontdesk.notify.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One bill of an account: a kind for a month (period "2026-10"), an amount and a due date. */
@Entity
@Table(name = "billing_period")
public class BillingPeriod extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public Long accountId;

    @Enumerated(EnumType.STRING)
    public BillingKind kind;

    /** The month billed, "yyyy-MM": several kinds of one month count as one month overdue (R-ARR-2). */
    public String period;

    public BigDecimal amount;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The billing system's reference, unique per account. */
    public String reference;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When payments first covered it in full; its payment notice ends then (R-ARR-1). */
    @Column(name = "settled_at")
    public Instant settledAt;

    public String noticeRef() {
        return "arrears-notice:" + id;
    }
}
