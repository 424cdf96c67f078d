package io.frontdesk.notify.storage.key.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.key.KeyLoan;
import io.frontdesk.notify.storage.key.KeyService;
import io.frontdesk.notify.storage.key.KeyStockCount;
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

/** A property's key desk 鑰匙借用: loans and stock counts. */
@Path("/api/properties/{code}/keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Keys")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class PropertyKeyResource {

    @Inject
    KeyService keys;

    @POST
    @Path("loans")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Lend a key: borrower, key, due-back time; followed up before closing each day until back (R-KEY-1, R-KEY-2)")
    public Uni<RestResponse<KeyLoan>> lend(@PathParam("code") String code, @Valid @NotNull KeyBodies.Lend request) {
        return keys.lend(code, request).map(l -> RestResponse.ResponseBuilder
                .<KeyLoan>created(URI.create("/api/key-loans/" + l.id)).entity(l).build());
    }

    @GET
    @Path("loans")
    @WithSession
    @Operation(summary = "Key loans, newest first, optionally by status (OUT, RETURNED, LOST, DAMAGED)")
    public Uni<List<KeyLoan>> list(@PathParam("code") String code, @QueryParam("status") String status) {
        return keys.list(code, QueryParams.enumValue("status", status, KeyLoan.Status.class));
    }

    @POST
    @Path("stock-counts")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record a key stock count; this half-month's reminder stops (R-KEY-3)")
    public Uni<KeyStockCount> stockCount(@PathParam("code") String code, @Valid @NotNull KeyBodies.StockCount request) {
        return keys.recordStockCount(code, request);
    }
}
