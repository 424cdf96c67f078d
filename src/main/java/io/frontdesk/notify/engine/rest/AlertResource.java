package io.frontdesk.notify.engine.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.policy.Audience;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What security (保安部) is alerted to at a property: every open matter whose policy speaks to security
 * (a lost claim ticket presented, a pass issued, voided or lapsing, …), newest first. It knows no kinds:
 * a matter is an alert because a step of its policy has the SECURITY audience.
 */
@Path("/api/properties/{code}/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class AlertResource {

    public record Alert(Long followUpId, String kind, String subject, Instant openedAt, Instant acknowledgedAt,
                        Map<String, Object> details) {
    }

    @Inject
    FollowUpService followUps;

    @GET
    @WithSession
    @RolesAllowed({Roles.SECURITY, Roles.SUPERVISOR, Roles.MANAGER})
    @Operation(summary = "Open matters security was alerted to at this property, newest first")
    public Uni<List<Alert>> alerts(@PathParam("code") String code) {
        return FollowUp.<FollowUp>list("propertyCode = ?1 and resolvedAt is null and id in "
                        + "(select r.followUpId from Reminder r where r.audience = ?2) order by openedAt desc, id desc",
                        code, Audience.SECURITY)
                .map(open -> open.stream().map(f -> new Alert(f.id, f.kind, f.subjectRef, f.openedAt,
                        f.acknowledgedAt, followUps.details(f))).toList());
    }
}
