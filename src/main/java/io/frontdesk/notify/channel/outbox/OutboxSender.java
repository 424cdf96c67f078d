package io.frontdesk.notify.channel.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Stands in for every provider that is not configured: the message is stored in outbox_message and logged,
 * so a service with no Twilio or SMTP settings still runs end to end.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Inject
    ServiceClock clock;

    public Uni<SendReceipt> send(OutboundMessage message) {
        OutboxMessage stored = new OutboxMessage();
        stored.deliveryId = message.deliveryId();
        stored.channel = message.channel();
        stored.recipient = message.to();
        stored.subject = message.subject();
        stored.body = message.body();
        stored.createdAt = clock.now();
        return Panache.withTransaction(stored::persist)
                .invoke(() -> LOG.infof("Outbox %s #%d to %s (delivery %d): %s",
                        stored.channel, stored.id, stored.recipient, stored.deliveryId, stored.body))
                .replaceWith(() -> new SendReceipt("outbox", String.valueOf(stored.id), "stored"));
    }
}
