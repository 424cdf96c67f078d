package io.frontdesk.notify.channel.outbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.frontdesk.notify.channel.Channel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A message that would have gone to a provider that is not configured; kept so people can read it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public Long deliveryId;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String recipient;

    public String subject;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;
}
