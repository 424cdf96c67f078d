package io.frontdesk.notify.arrears;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money received on an account; it settles the oldest bills first, partial payments allowed. */
@Entity
@Table(name = "arrears_payment")
public class ArrearsPayment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public Long accountId;

    @Column(name = "property_code")
    public String propertyCode;

    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** The billing system's payment reference, unique at the property. */
    public String reference;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
