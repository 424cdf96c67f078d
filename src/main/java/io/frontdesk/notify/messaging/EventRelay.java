package io.frontdesk.notify.messaging;

import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.frontdesk.notify.engine.events.OutboxEvent;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes the engine's notification events from the {@code event_outbox} table to the
 * {@code notification-events} channel (RabbitMQ exchange {@code frontdesk.notifications}, routing key = event
 * type). A batch is claimed with {@code FOR UPDATE SKIP LOCKED}, so replicas never publish the same rows at
 * once, and is marked published in the same transaction only after the broker confirmed each message.
 * Delivery is at least once: a replica that dies between the broker's confirm and the commit leaves the rows
 * unpublished, and they go out again; consumers dedupe by {@code eventId} (the outbox row's id).
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    private static final String IN_MEMORY = "smallrye-in-memory";

    static final String CLAIM_SQL = """
            select * from event_outbox
             where published_at is null
             order by id
             limit :limit
             for update skip locked""";

    @Inject
    @Channel("notification-events")
    MutinyEmitter<String> emitter;

    @Inject
    MessagingConfig config;

    @Inject
    @Any
    Instance<InMemoryConnector> inMemory;

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    @Scheduled(every = "${frontdesk.messaging.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class, identity = "event-relay")
    Uni<Void> tick() {
        return publishPending().replaceWithVoid();
    }

    /** Publishes every unpublished event, batch after batch; the number published. */
    public Uni<Integer> publishPending() {
        return publishBatch().flatMap(published -> published < config.relayBatchSize()
                ? Uni.createFrom().item(published)
                : publishPending().map(more -> published + more));
    }

    /** One transaction: claim a batch, publish in order, mark what the broker confirmed. */
    private Uni<Integer> publishBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(CLAIM_SQL, OutboxEvent.class)
                        .setParameter("limit", config.relayBatchSize())
                        .getResultList())
                .flatMap(batch -> publishInOrder(batch)
                        .flatMap(ids -> ids.isEmpty()
                                ? Uni.createFrom().item(0)
                                : OutboxEvent.update("publishedAt = ?1 where id in ?2", clock.now(), ids)
                                        .invoke(this::forgetInMemory)
                                        // A batch cut short by a failure counts as less than full: the next tick retries.
                                        .map(n -> ids.size() < batch.size() ? 0 : ids.size()))));
    }

    /**
     * The in-memory connector (the default run, no broker) keeps every message it was handed for a test to read;
     * nothing reads them here, so what is published is let go instead of filling the heap.
     */
    private void forgetInMemory() {
        if (IN_MEMORY.equals(config.connector())) {
            inMemory.get().sink("notification-events").clear();
        }
    }

    /** Publishes one by one, stopping at the first failure; the ids the broker confirmed. */
    private Uni<List<Long>> publishInOrder(List<OutboxEvent> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(event -> publish(event).replaceWith(event.id))
                .onFailure().invoke(e -> LOG.warnf(e, "Publishing notification events stopped; they are retried on the next run"))
                .onFailure().recoverWithCompletion()
                .collect().asList();
    }

    private Uni<Void> publish(OutboxEvent event) {
        String body;
        try {
            body = withEventId(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        OutgoingRabbitMQMetadata rabbit = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(event.type)
                .withMessageId(String.valueOf(event.id))
                .withType(event.type)
                .withContentType("application/json")
                .withDeliveryMode(2)
                .withTimestamp(event.createdAt.atZone(ZoneOffset.UTC))
                .withHeader("eventId", event.id)
                .build();
        return emitter.sendMessage(Message.of(body, Metadata.of(rabbit)))
                .ifNoItem().after(config.publishTimeout()).fail();
    }

    /** The recorded payload with the outbox id added as {@code eventId}, the key consumers dedupe by. */
    private String withEventId(OutboxEvent event) throws JsonProcessingException {
        ObjectNode node = json.createObjectNode().put("eventId", event.id);
        node.setAll((ObjectNode) json.readTree(event.payload));
        return json.writeValueAsString(node);
    }

    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        MessagingConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.relayEnabled();
        }
    }
}
