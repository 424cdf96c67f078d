package io.frontdesk.notify.pass.rest;

import io.frontdesk.notify.common.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Caller;
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
import jakarta.ws.rs.core.MediaType;

/** One pass: look it up, renew it, declare it lost. */
@Path("/api/passes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Passes")
@Audited
public class PassResource {

    @Inject
    PassService passes;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY})
    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One pass")
    public Uni<AccessPass> get(@PathParam("id") long id) {
        return visible(id);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @POST
    @Path("{id}/renewal")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Renew: a new pass replaces this one, which is revoked and recorded; security is told (R-PASS-3)")
    public Uni<AccessPass> renew(@PathParam("id") long id, @Valid @NotNull PassBodies.Renew request) {
        return visible(id).flatMap(p -> passes.renew(id, request));
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @POST
    @Path("{id}/lost")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "A lost pass is declared void, its deposit kept; security is notified (R-PASS-4)")
    public Uni<AccessPass> lost(@PathParam("id") long id, @Valid @NotNull PassBodies.Lost request) {
        return visible(id).flatMap(p -> passes.declareLost(id, request));
    }

    private Uni<AccessPass> visible(long id) {
        return passes.find(id).invoke(p -> caller.requireVisible(p.propertyCode, "id", "pass " + id));
    }
}
