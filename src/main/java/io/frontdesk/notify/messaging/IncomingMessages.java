package io.frontdesk.notify.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.frontdesk.notify.common.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * What every consumer of another system's messages does alike (README "Messages"): the work and the message
 * id are committed in one transaction, the broker is acknowledged only after that commit, and a message that
 * can never succeed is dead-lettered with its reason and acknowledged, so the consumer goes on with the next.
 */
@ApplicationScoped
public class IncomingMessages {

    private static final Logger LOG = Logger.getLogger(IncomingMessages.class);

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    ProcessedMessages processed;

    @Inject
    DeadLetters deadLetters;

    /** Hands the body to {@code work}, then acknowledges, dead-letters (refusals) or nacks (anything else). */
    public Uni<Void> consume(String channel, Message<?> message, Function<String, Uni<Void>> work) {
        String body = text(message.getPayload());
        return Uni.createFrom().deferred(() -> work.apply(body))
                .onFailure(IncomingMessages::isPermanent)
                .recoverWithUni(e -> deadLetters.send(channel, body, reason(e)))
                // Anything else (database down, broker refusing the dead letter) is not the message's fault:
                // nack it, and the broker dead-letters it too (the queue's DLX) without stopping this consumer.
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    LOG.errorf(failure, "Processing a message from %s failed; nacked", channel);
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                });
    }

    /** One transaction: the message id remembered and its work done, or neither; a redelivery does nothing. */
    public Uni<Void> once(String channel, String messageId, Supplier<Uni<?>> work) {
        return Panache.withTransaction(() -> processed.claim(channel, messageId)
                .flatMap(first -> {
                    if (!first) {
                        LOG.infof("Message %s from %s was already processed; redelivery ignored", messageId, channel);
                        return Uni.createFrom().voidItem();
                    }
                    return work.get().replaceWithVoid();
                }));
    }

    /** Refuses the message with every constraint violation of {@code beans}, sorted, as its reason. */
    public void validate(Object... beans) {
        String violations = Arrays.stream(beans)
                .flatMap(bean -> validator.validate(bean).stream())
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            throw new RefusedMessage(violations);
        }
    }

    /** The body as a JSON object; decimals stay exact, as when a REST body is read into BigDecimal. */
    public ObjectNode parseObject(String body) {
        JsonNode node;
        try {
            node = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (JsonProcessingException e) {
            throw new RefusedMessage("malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new RefusedMessage("malformed JSON: not an object");
        }
        return object;
    }

    /** Removes an envelope field, so that what is left is the REST body; null when absent or not a value. */
    public static String take(ObjectNode fields, String name) {
        JsonNode value = fields.remove(name);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** What is left of the message read as a REST body (unknown fields refused) and checked like one. */
    public <T> T read(ObjectNode fields, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            throw new RefusedMessage("malformed JSON: " + e.getOriginalMessage());
        }
        validate(value);
        return value;
    }

    /** Failures that a redelivery would only repeat. */
    private static boolean isPermanent(Throwable e) {
        return e instanceof RefusedMessage
                || (e instanceof ProblemException problem && problem.status() >= 400 && problem.status() < 500);
    }

    private static String reason(Throwable e) {
        if (e instanceof ProblemException problem) {
            return problem.title() + ": " + problem.errors().stream()
                    .map(error -> error.field() + ": " + error.message())
                    .collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }

    /** The body as sent: RabbitMQ hands over bytes (or text, per content type); in-memory senders a String. */
    private static String text(Object payload) {
        return payload instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(payload);
    }
}
