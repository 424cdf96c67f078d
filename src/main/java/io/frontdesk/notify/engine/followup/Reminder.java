package io.frontdesk.notify.engine.followup;

import java.time.Instant;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.engine.policy.Audience;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One planned message: follow-up × step × recipient × channel × due time, stored before it is due.
 * A step with a cadence keeps one PLANNED reminder per recipient and channel; sending it plans the next.
 */
@Entity
@Table(name = "reminder")
public class Reminder extends PanacheEntityBase {

    public enum Status { PLANNED, CLAIMED, SENT, FAILED, CANCELLED }

    /** CONTACT: {@code recipientId} is the index in the follow-up's contacts. */
    public enum RecipientType { RESIDENT, STAFF, CONTACT }

    @Id
    // in blocks (V14), so a batch's inserts are sent together
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_ids")
    @SequenceGenerator(name = "reminder_ids", sequenceName = "reminder_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String step;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType recipientType;

    @Column(name = "recipient_id")
    public Long recipientId;

    /** The step's preferred channel; the delivery records the one actually used after fallback. */
    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** Sent together with the recipient's other digest reminders due at the same time (R-PARCEL-7). */
    public boolean digest;

    /** The send slot this reminder holds when its sender was busy (pacing); it waits until then. */
    @Column(name = "paced_until")
    public Instant pacedUntil;

    /** A one-off on the step's next channel after a permanent failure; it plans no next reminder. */
    public boolean fallback;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    public int attempts;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "delivery_id")
    public Long deliveryId;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    /** A one-off on {@code channel}, due now, after this reminder's channel failed for good. */
    public Reminder fallbackOn(Channel channel, Instant now) {
        Reminder fallback = nextAt(now, now);
        fallback.channel = channel;
        fallback.fallback = true;
        return fallback;
    }

    /** The next reminder of the same chain (same step, recipient and channel) at another time. */
    public Reminder nextAt(Instant due, Instant now) {
        Reminder next = new Reminder();
        next.followUpId = followUpId;
        next.step = step;
        next.audience = audience;
        next.recipientType = recipientType;
        next.recipientId = recipientId;
        next.channel = channel;
        next.digest = digest;
        next.dueAt = due;
        next.status = Status.PLANNED;
        next.createdAt = now;
        return next;
    }
}
