package io.frontdesk.notify.storage.luggage.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.luggage.Luggage;
import io.frontdesk.notify.storage.luggage.LuggageService;
import io.quarkus.hibernate.reactive.panache.Panache;
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

/** A property's luggage desk 行李寄存: deposits, collections by ticket, lost tickets. */
@Path("/api/properties/{code}/luggage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Luggage")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class PropertyLuggageResource {

    @Inject
    LuggageService luggage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Deposit luggage: a numbered claim ticket; long storage is followed up (R-LUG-1, R-LUG-2)")
    public Uni<RestResponse<Luggage>> deposit(@PathParam("code") String code, @Valid @NotNull LuggageBodies.Deposit request) {
        return luggage.deposit(code, request).map(l -> RestResponse.ResponseBuilder
                .<Luggage>created(URI.create("/api/luggage/" + l.id)).entity(l).build());
    }

    @GET
    @WithSession
    @Operation(summary = "The luggage log, newest ticket first, optionally by status (STORED, COLLECTED)")
    public Uni<List<Luggage>> list(@PathParam("code") String code, @QueryParam("status") String status) {
        return luggage.list(code, QueryParams.enumValue("status", status, Luggage.Status.class));
    }

    @POST
    @Path("collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Collect by ticket number; the collector's ID when not the depositor (R-LUG-3); a ticket"
            + " reported lost is refused and security alerted at once (R-LUG-4)")
    public Uni<Luggage> collect(@PathParam("code") String code, @Valid @NotNull LuggageBodies.Collect request) {
        // The R-LUG-4 alert must be stored even though the answer is a refusal: commit, then refuse.
        return Panache.withTransaction(() -> luggage.collect(code, request)).map(outcome -> {
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return outcome.luggage();
        });
    }

    @POST
    @Path("lost-tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Report a lost ticket (room, name, ticket number): marked lost 掛失; if already taken,"
            + " the depositor and security are told (R-LUG-4)")
    public Uni<Luggage> lostTicket(@PathParam("code") String code, @Valid @NotNull LuggageBodies.LostTicket request) {
        return luggage.reportLostTicket(code, request);
    }
}
