package io.frontdesk.notify.messaging;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sets aside messages that cannot be processed (channel {@code dead-letters}, RabbitMQ queue
 * {@code frontdesk.dead-letters}): the original body unchanged, so it can be fixed and sent again, with the
 * reason and the channel it came from in the headers {@code x-reason} and {@code x-channel}. The routing key
 * the queue is bound with is the channel's default (application.properties).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel("dead-letters")
    MutinyEmitter<String> emitter;

    @Inject
    MessagingConfig config;

    /** Completes once the broker has taken the dead letter. */
    public Uni<Void> send(String channel, String body, String reason) {
        LOG.warnf("Dead-lettering a message from %s: %s", channel, reason);
        OutgoingRabbitMQMetadata rabbit = OutgoingRabbitMQMetadata.builder()
                .withDeliveryMode(2)
                .withHeader("x-reason", reason)
                .withHeader("x-channel", channel)
                .build();
        return emitter.sendMessage(Message.of(body, Metadata.of(rabbit)))
                .ifNoItem().after(config.publishTimeout()).fail();
    }
}
