package io.frontdesk.notify.messaging;

import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The ids of incoming messages already processed, per channel: what makes redelivery harmless. */
@ApplicationScoped
public class ProcessedMessages {

    @Inject
    ServiceClock clock;

    /**
     * True when this caller is the first to process {@code messageId}. Call it in the transaction that does the
     * work: a concurrent redelivery waits on the row and sees it once that transaction commits, and a rollback
     * frees the id for the next delivery.
     */
    public Uni<Boolean> claim(String channel, String messageId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into processed_message (channel, message_id, processed_at) values (:channel, :id, :at)
                        on conflict do nothing""")
                .setParameter("channel", channel)
                .setParameter("id", messageId)
                .setParameter("at", clock.now())
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
