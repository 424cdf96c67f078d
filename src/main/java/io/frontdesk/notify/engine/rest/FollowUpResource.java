package io.frontdesk.notify.engine.rest;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.engine.followup.Delivery;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.Reminder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A follow-up's whole story: every reminder planned, sent or cancelled, and every delivery attempt. */
@Path("/api/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class FollowUpResource {

    @Inject
    Caller caller;

    public record ReminderView(Long id, Instant dueAt, String step, String audience, String recipientType,
                               Long recipientId, String channel, String status, int attempts, Instant sentAt,
                               Long deliveryId, String note) {
    }

    public record DeliveryView(Long id, String channel, String recipient, String provider, String providerId,
                               String status, String error, String subject, String body, Instant createdAt,
                               Instant updatedAt) {
    }

    public record FollowUpView(Long id, String property, String kind, String subject, Long residentId, String unit,
                               Instant openedAt, Instant acknowledgedAt, Instant resolvedAt, String resolution,
                               List<ReminderView> reminders, List<DeliveryView> deliveries) {
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("/{id}")
    @WithSession
    @Operation(summary = "A follow-up with its reminders and deliveries")
    public Uni<FollowUpView> get(@PathParam("id") long id) {
        return FollowUp.<FollowUp>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("id", "follow-up " + id))
                .invoke(f -> caller.requireVisible(f.propertyCode, "id", "follow-up " + id))
                .flatMap(f -> Reminder.<Reminder>list("followUpId = ?1 order by dueAt, id", f.id)
                        .flatMap(reminders -> Delivery.<Delivery>list("followUpId = ?1 order by id", f.id)
                                .map(deliveries -> new FollowUpView(f.id, f.propertyCode, f.kind, f.subjectRef,
                                        f.residentId, f.unitCode, f.openedAt, f.acknowledgedAt, f.resolvedAt,
                                        f.resolution,
                                        reminders.stream().map(FollowUpResource::view).toList(),
                                        deliveries.stream().map(FollowUpResource::view).toList()))));
    }

    private static ReminderView view(Reminder r) {
        return new ReminderView(r.id, r.dueAt, r.step, r.audience.name(), r.recipientType.name(), r.recipientId,
                r.channel.name(), r.status.name(), r.attempts, r.sentAt, r.deliveryId, r.lastError);
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.id, d.channel.name(), d.recipient, d.provider, d.providerId, d.status, d.error,
                d.subject, d.body, d.createdAt, d.updatedAt);
    }
}
