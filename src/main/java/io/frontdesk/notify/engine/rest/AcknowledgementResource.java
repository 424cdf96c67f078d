package io.frontdesk.notify.engine.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The link in a tenant's message. Opening it shows a page with one button; only pressing it acknowledges,
 * so link previews and mail scanners do not acknowledge on the tenant's behalf.
 */
@Path("/a/{token}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Follow-ups")
@PermitAll
public class AcknowledgementResource {

    @Inject
    FollowUpService followUps;

    @Inject
    Engine qute;

    @GET
    @WithSession
    @Operation(summary = "The acknowledgement page behind the link in a tenant's message")
    public Uni<String> page(@PathParam("token") String token) {
        return FollowUp.<FollowUp>find("ackToken", token).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("token", "acknowledgement link"))
                .map(f -> render(token, f, false));
    }

    @POST
    @WithTransaction
    @Operation(summary = "Acknowledge: the rest of today's reminders stop (R-PARCEL-3)")
    public Uni<String> acknowledge(@PathParam("token") String token) {
        return FollowUp.<FollowUp>find("ackToken", token).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("token", "acknowledgement link"))
                .flatMap(f -> f.isOpen() ? followUps.acknowledge(f) : Uni.createFrom().item(f))
                .map(f -> render(token, f, true));
    }

    private String render(String token, FollowUp followUp, boolean justAcknowledged) {
        return qute.getTemplate("ack/page")
                .data("token", token)
                .data("open", followUp.isOpen())
                .data("acknowledged", justAcknowledged || followUp.acknowledgedAt != null)
                .data("resolution", followUp.resolution == null ? "" : followUp.resolution)
                .render();
    }
}
