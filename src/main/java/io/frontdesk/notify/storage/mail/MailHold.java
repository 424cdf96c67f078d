package io.frontdesk.notify.storage.mail;

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

/** Ordinary mail 普通信件 the desk holds: a mailbox's overflow (R-MAIL-2) or mail for a non-resident (R-MAIL-3). */
@Entity
@Table(name = "mail_hold")
public class MailHold extends PanacheEntityBase {

    public enum Reason { OVERFLOW, NOT_RESIDENT }

    public enum Status { HELD, COLLECTED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    /** The resident, or the former resident with a contact number. */
    @Column(name = "resident_id")
    public Long residentId;

    public String addressee;

    public int pieces;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String subjectRef() {
        return "mail:" + id;
    }
}
