package io.frontdesk.notify.engine.followup;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One open matter that needs someone to act (跟進); it ends when resolved. See DESIGN.md "Words". */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    public String kind;

    /** The subject in the source module's words, e.g. "parcel:123"; one follow-up per subject. */
    @Column(name = "subject_ref")
    public String subjectRef;

    /** The tenant the matter concerns, if any. */
    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "unit_code")
    public String unitCode;

    /** JSON object of values the message templates show (tracking number, kind label, …). */
    public String details;

    /** JSON object of named dates of the subject ("expiresOn") that steps can count from. */
    @Column(name = "subject_dates")
    public String subjectDates;

    /** JSON array of the people to reach who are neither residents nor staff ({@link Contact}). */
    public String contacts;

    /** Secret part of the acknowledgement link sent to the tenant. */
    @Column(name = "ack_token")
    public String ackToken;

    @Column(name = "opened_at")
    public Instant openedAt;

    /** The latest acknowledgement: it stops that local day's retries of steps that stop on acknowledge. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public String resolution;

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
