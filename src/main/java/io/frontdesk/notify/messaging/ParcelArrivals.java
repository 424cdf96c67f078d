package io.frontdesk.notify.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.parcel.ParcelService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Registers the parcels lockers report (channel {@code parcel-arrivals}) exactly as the front desk's
 * POST /api/properties/{code}/parcels would: same checks, same first reminders (R-PARCEL-1, R-PARCEL-2).
 * The parcel and the message id are committed together, and the broker is acknowledged only after that
 * commit; a message that can never succeed is dead-lettered with its reason (IncomingMessages).
 */
@ApplicationScoped
public class ParcelArrivals {

    static final String CHANNEL = "parcel-arrivals";

    @Inject
    ObjectMapper json;

    @Inject
    IncomingMessages incoming;

    @Inject
    ParcelService parcels;

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<?> message) {
        return incoming.consume(CHANNEL, message, body -> {
            ParcelArrival arrival = parse(body);
            return incoming.once(CHANNEL, arrival.messageId(),
                    () -> parcels.register(arrival.property(), arrival.registration()));
        });
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
        incoming.validate(arrival, arrival.registration());
        return arrival;
    }
}
