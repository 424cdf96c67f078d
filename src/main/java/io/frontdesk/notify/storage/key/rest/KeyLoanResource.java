package io.frontdesk.notify.storage.key.rest;

import io.frontdesk.notify.common.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.key.KeyLoan;
import io.frontdesk.notify.storage.key.KeyService;
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

/** One key loan: look it up, take the key back, report it lost or damaged. */
@Path("/api/key-loans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class KeyLoanResource {

    @Inject
    KeyService keys;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One key loan")
    public Uni<KeyLoan> get(@PathParam("id") long id) {
        return visible(id);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "The key is back; its daily check ends (R-KEY-2)")
    public Uni<KeyLoan> returnKey(@PathParam("id") long id, @Valid @NotNull KeyBodies.Return request) {
        return visible(id).flatMap(l -> keys.returnKey(id, request));
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Report the key LOST or DAMAGED with the reason (R-KEY-2)")
    public Uni<KeyLoan> report(@PathParam("id") long id, @Valid @NotNull KeyBodies.Report request) {
        return visible(id).flatMap(l -> keys.report(id, request));
    }

    private Uni<KeyLoan> visible(long id) {
        return keys.find(id).invoke(l -> caller.requireVisible(l.propertyCode, "id", "key loan " + id));
    }
}
