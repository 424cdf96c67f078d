package io.frontdesk.notify.storage.mail.rest;

import io.frontdesk.notify.common.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.mail.MailHold;
import io.frontdesk.notify.storage.mail.MailService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One bundle of held mail: look it up, close it. */
@Path("/api/mail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ordinary mail")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class MailResource {

    @Inject
    MailService mail;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One bundle of held mail")
    public Uni<MailHold> get(@PathParam("id") long id) {
        return visible(id);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "The mail was COLLECTED or RETURNED to the post office; its reminders stop")
    public Uni<MailHold> close(@PathParam("id") long id, @Valid @NotNull MailBodies.Close request) {
        return visible(id).flatMap(m -> mail.close(id, request));
    }

    private Uni<MailHold> visible(long id) {
        return mail.find(id).invoke(m -> caller.requireVisible(m.propertyCode, "id", "mail " + id));
    }
}
