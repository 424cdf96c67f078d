package io.frontdesk.notify.arrears;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tenant's account (one per resident of a unit): the deposit that sets the red line (R-ARR-2) and the
 * state of the current breach episode. Billing periods and payments hang off it.
 */
@Entity
@Table(name = "arrears_account")
public class ArrearsAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "deposit_months")
    public int depositMonths;

    /** ISO 4217; every period and payment of the account is in it. */
    public String currency;

    /** R-ARR-2: when the current breach began; null while under the red line. */
    @Column(name = "red_line_since")
    public Instant redLineSince;

    /** Breach episodes so far; each names its own follow-ups. */
    public int episode;

    /** The open tenant-reminder follow-up (R-ARR-3), kept until nothing is overdue. */
    @Column(name = "reminders_ref")
    public String remindersRef;

    /** The open director and escalation follow-up (R-ARR-3, R-ARR-4), kept while over the red line. */
    @Column(name = "escalation_ref")
    public String escalationRef;

    @Column(name = "created_at")
    public Instant createdAt;
}
