package io.frontdesk.notify.storage.key;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A borrowed key 鑰匙借用: borrower, key and due-back time (R-KEY-1). */
@Entity
@Table(name = "key_loan")
public class KeyLoan extends PanacheEntityBase {

    /** OUT until returned, or reported LOST or DAMAGED with a reason (R-KEY-2). */
    public enum Status { OUT, RETURNED, LOST, DAMAGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "key_code")
    public String keyCode;

    @Column(name = "borrower_name")
    public String borrowerName;

    @Column(name = "borrower_phone")
    public String borrowerPhone;

    @Column(name = "borrower_email")
    public String borrowerEmail;

    @Column(name = "borrower_locale")
    public String borrowerLocale;

    @Column(name = "lent_at")
    public Instant lentAt;

    @Column(name = "lent_by")
    public String lentBy;

    @Column(name = "due_back_at")
    public Instant dueBackAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "report_reason")
    public String reportReason;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String subjectRef() {
        return "key-loan:" + id;
    }
}
