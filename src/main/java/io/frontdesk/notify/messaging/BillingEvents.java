package io.frontdesk.notify.messaging;

import java.util.List;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.frontdesk.notify.arrears.ArrearsService;
import io.frontdesk.notify.arrears.rest.NewPayment;
import io.frontdesk.notify.arrears.rest.NewPeriod;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records the bills and payments the billing system sends (channel {@code billing-events}) exactly as
 * POST /api/properties/{code}/arrears/periods and …/payments do: same checks, same payment notices and the
 * red line worked out again in the same transaction (R-ARR-1, R-ARR-2). The change and the message id are
 * committed together and the broker acknowledged after; a refused message is dead-lettered with its reason
 * (IncomingMessages).
 */
@ApplicationScoped
public class BillingEvents {

    static final String CHANNEL = "billing-events";

    @Inject
    IncomingMessages incoming;

    @Inject
    ArrearsService arrears;

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<?> message) {
        return incoming.consume(CHANNEL, message, body -> {
            ObjectNode fields = incoming.parseObject(body);
            BillingEvent event = new BillingEvent(IncomingMessages.take(fields, BillingEvent.MESSAGE_ID),
                    BillingEvent.Type.of(IncomingMessages.take(fields, BillingEvent.TYPE)), IncomingMessages.take(fields, BillingEvent.PROPERTY));
            incoming.validate(event);
            // The rest is the REST body, read and checked as the resource reads it (unknown fields refused).
            return switch (event.type()) {
                case PERIOD -> {
                    NewPeriod period = incoming.read(fields, NewPeriod.class);
                    yield incoming.once(CHANNEL, event.messageId(),
                            () -> arrears.addPeriods(event.property(), List.of(period), false));
                }
                case PAYMENT -> {
                    NewPayment payment = incoming.read(fields, NewPayment.class);
                    yield incoming.once(CHANNEL, event.messageId(),
                            () -> arrears.addPayments(event.property(), List.of(payment), false));
                }
            };
        });
    }
}
