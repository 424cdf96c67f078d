package io.frontdesk.notify.storage.mail.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.mail.MailHold;
import io.frontdesk.notify.storage.mail.MailService;
import io.frontdesk.notify.storage.mail.ResidentAway;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A property's ordinary mail 普通信件 held at the desk. */
@Path("/api/properties/{code}/mail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ordinary mail")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class PropertyMailResource {

    @Inject
    MailService mail;

    @POST
    @Path("overflow")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "A full mailbox: refused if the resident moved out or is away; otherwise held and the resident told (R-MAIL-2)")
    public Uni<RestResponse<MailHold>> overflow(@PathParam("code") String code, @Valid @NotNull MailBodies.Overflow request) {
        return mail.holdOverflow(code, request).map(PropertyMailResource::created);
    }

    @POST
    @Path("not-resident")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Mail for a non-resident: a former resident is called and texted, otherwise returned to the post office next working day (R-MAIL-3)")
    public Uni<RestResponse<MailHold>> notResident(@PathParam("code") String code, @Valid @NotNull MailBodies.NotResident request) {
        return mail.notResident(code, request).map(PropertyMailResource::created);
    }

    @GET
    @WithSession
    @Operation(summary = "Held mail, newest first, optionally by status (HELD, COLLECTED, RETURNED)")
    public Uni<List<MailHold>> list(@PathParam("code") String code, @QueryParam("status") String status) {
        return mail.list(code, QueryParams.enumValue("status", status, MailHold.Status.class));
    }

    @PUT
    @Path("away/{residentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Mark a resident away until a day: their full mailbox is left alone (R-MAIL-2)")
    public Uni<ResidentAway> away(@PathParam("code") String code, @PathParam("residentId") long residentId,
                                  @Valid @NotNull MailBodies.Away request) {
        return mail.markAway(code, residentId, request);
    }

    private static RestResponse<MailHold> created(MailHold hold) {
        return RestResponse.ResponseBuilder.<MailHold>created(URI.create("/api/mail/" + hold.id)).entity(hold).build();
    }
}
