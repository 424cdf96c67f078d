package io.frontdesk.notify.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.pass.AccessPass;
import io.frontdesk.notify.pass.PassService;
import io.frontdesk.notify.pass.rest.PassBodies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Passes the access-control system issues, renews or reports lost (channel {@code pass-events}), recorded
 * exactly as the front desk's REST calls would: security told of each, renewal reminders planned
 * (R-PASS-1…4). Once per message id, acknowledged after commit, refusals dead-lettered (IncomingMessages).
 */
@ApplicationScoped
public class PassEvents {

    static final String CHANNEL = "pass-events";

    @Inject
    IncomingMessages incoming;

    @Inject
    PassService passes;

    @Incoming(CHANNEL)
    public Uni<Void> receive(Message<?> message) {
        return incoming.consume(CHANNEL, message, body -> {
            ObjectNode fields = incoming.parseObject(body);
            String messageId = IncomingMessages.take(fields, "messageId");
            String type = IncomingMessages.take(fields, "type");
            String property = IncomingMessages.take(fields, "property");
            String passId = IncomingMessages.take(fields, "passId");
            if (messageId == null || messageId.isBlank() || property == null || property.isBlank()) {
                throw new RefusedMessage("messageId and property are required");
            }
            return switch (type == null ? "" : type) {
                case "issued" -> {
                    PassBodies.Issue issue = incoming.read(fields, PassBodies.Issue.class);
                    yield incoming.once(CHANNEL, messageId, () -> passes.issue(property, issue));
                }
                case "renewed" -> {
                    PassBodies.Renew renew = incoming.read(fields, PassBodies.Renew.class);
                    long id = passId(passId);
                    yield incoming.once(CHANNEL, messageId, () -> ofProperty(id, property)
                            .flatMap(pass -> passes.renew(id, renew)));
                }
                case "lost" -> {
                    PassBodies.Lost lost = incoming.read(fields, PassBodies.Lost.class);
                    long id = passId(passId);
                    yield incoming.once(CHANNEL, messageId, () -> ofProperty(id, property)
                            .flatMap(pass -> passes.declareLost(id, lost)));
                }
                default -> throw new RefusedMessage("type must be issued, renewed or lost");
            };
        });
    }

    private static long passId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new RefusedMessage("passId is required and must be a number");
        }
    }

    /** A system of one property may only touch that property's passes. */
    private Uni<AccessPass> ofProperty(long id, String property) {
        return passes.find(id).invoke(pass -> {
            if (!pass.propertyCode.equals(property)) {
                throw ProblemException.notFound("passId", "pass " + id + " at " + property);
            }
        });
    }
}
