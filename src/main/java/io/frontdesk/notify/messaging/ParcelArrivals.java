package io.frontdesk.notify.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.parcel.ParcelService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Registers the parcels lockers report (channel {@code parcel-arrivals}) exactly as the front desk's
 * POST /api/properties/{code}/parcels would: same checks, same first reminders (R-PARCEL-1, R-PARCEL-2).
 * The parcel and the message id are committed together, and the broker is acknowledged only after that
 * commit; a message that can never succeed is dead-lettered with its reason and acknowledged, so the
 * consumer goes on with the next one.
 */
@ApplicationScoped
public class ParcelArrivals {

    private static final Logger LOG = Logger.getLogger(ParcelArrivals.class);

    static final String CHANNEL = "parcel-arrivals";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    ParcelService parcels;

    @Inject
    ProcessedMessages processed;

    @Inject
    DeadLetters deadLetters;

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<?> message) {
        String body = text(message.getPayload());
        return Uni.createFrom().item(() -> parse(body))
                .flatMap(this::register)
                .onFailure(ParcelArrivals::isPermanent)
                .recoverWithUni(e -> deadLetters.send(CHANNEL, body, reason(e)))
                // Anything else (database down, broker refusing the dead letter) is not the message's fault:
                // nack it, and the broker dead-letters it too (the queue's DLX) without stopping this consumer.
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message::ack);
                    }
                    LOG.errorf(failure, "Processing a parcel arrival failed; nacked");
                    return Uni.createFrom().completionStage(() -> message.nack(failure));
                });
    }

    /** One transaction: remember the message id and register the parcel, or neither. */
    private Uni<Void> register(ParcelArrival arrival) {
        return Panache.withTransaction(() -> processed.claim(CHANNEL, arrival.messageId())
                .flatMap(first -> {
                    if (!first) {
                        LOG.infof("Parcel arrival %s was already registered; redelivery ignored", arrival.messageId());
                        return Uni.createFrom().voidItem();
                    }
                    return parcels.register(arrival.property(), arrival.registration()).replaceWithVoid();
                }));
    }

    private ParcelArrival parse(String body) {
        ParcelArrival arrival;
        try {
            arrival = json.readValue(body, ParcelArrival.class);
        } catch (JsonProcessingException e) {
            throw new RefusedMessage("malformed JSON: " + e.getOriginalMessage());
        }
        if (arrival == null) {
            throw new RefusedMessage("empty message");
        }
        String violations = Stream.concat(describe(validator.validate(arrival)), describe(validator.validate(arrival.registration())))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            throw new RefusedMessage(violations);
        }
        return arrival;
    }

    private static <T> Stream<String> describe(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage());
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
