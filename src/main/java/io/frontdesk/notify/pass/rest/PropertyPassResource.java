package io.frontdesk.notify.pass.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.pass.AccessPass;
import io.frontdesk.notify.pass.PassService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A property's access passes 證件: issue and list. */
@Path("/api/properties/{code}/passes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Passes")
@Audited
public class PropertyPassResource {

    @Inject
    PassService passes;

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Issue a pass; security is told, renewal reminders are planned in working days (R-PASS-1, R-PASS-2)")
    public Uni<RestResponse<AccessPass>> issue(@PathParam("code") String code, @Valid @NotNull PassBodies.Issue request) {
        return passes.issue(code, request).map(p -> RestResponse.ResponseBuilder
                .<AccessPass>created(URI.create("/api/passes/" + p.id)).entity(p).build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY})
    @GET
    @WithSession
    @Operation(summary = "The property's passes, newest first, optionally by status (ISSUED, REVOKED, VOID)")
    public Uni<List<AccessPass>> list(@PathParam("code") String code, @QueryParam("status") String status) {
        return passes.list(code, QueryParams.enumValue("status", status, AccessPass.Status.class));
    }
}
