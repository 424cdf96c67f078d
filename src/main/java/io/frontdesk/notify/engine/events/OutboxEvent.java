package io.frontdesk.notify.engine.events;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A notification event waiting to be published (or already published) to other systems. */
@Entity
@Table(name = "event_outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    // in blocks (V14), so a dispatch batch's events are inserted together
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_outbox_ids")
    @SequenceGenerator(name = "event_outbox_ids", sequenceName = "event_outbox_id_seq", allocationSize = 50)
    public Long id;

    /** See {@link EventType}: reminder.sent, follow-up.resolved, … */
    public String type;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "follow_up_id")
    public Long followUpId;

    /** The event as JSON, ready to publish. */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
