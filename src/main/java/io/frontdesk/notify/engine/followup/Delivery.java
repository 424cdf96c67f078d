package io.frontdesk.notify.engine.followup;

import java.time.Instant;

import io.frontdesk.notify.channel.Channel;
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
 * One attempt to hand a message to a provider. It is recorded (status {@code sending}) before the
 * provider is called, so a crash in between leaves a trace instead of a silent gap.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    // in blocks (V14), so a batch's inserts are sent together
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_ids")
    @SequenceGenerator(name = "delivery_ids", sequenceName = "delivery_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "follow_up_id")
    public Long followUpId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    /** Phone number or email address the message went to. */
    public String recipient;

    public String provider;

    @Column(name = "provider_id")
    public String providerId;

    /** sending, then the provider's word: queued, sent, delivered, stored, failed, … */
    public String status;

    public String error;

    public String subject;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
