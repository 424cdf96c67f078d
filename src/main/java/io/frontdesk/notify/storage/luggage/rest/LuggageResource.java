package io.frontdesk.notify.storage.luggage.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.storage.luggage.Luggage;
import io.frontdesk.notify.storage.luggage.LuggageService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
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

/** One stored piece: look it up, print its claim ticket, record its move to the storeroom. */
@Path("/api/luggage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Luggage")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class LuggageResource {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    LuggageService luggage;

    @Inject
    Caller caller;

    @Inject
    Engine qute;

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One piece of luggage")
    public Uni<Luggage> get(@PathParam("id") long id) {
        return visible(id);
    }

    @GET
    @Path("{id}/ticket")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The two-part claim ticket 行李認領單, printable; the lower part stays with the depositor (R-LUG-1)")
    public Uni<String> ticket(@PathParam("id") long id) {
        return visible(id).flatMap(l -> Property.<Property>findById(l.propertyCode).map(property ->
                {
                    ZoneId zone = ZoneId.of(property.timeZone);
                    return qute.getTemplate("luggage/ticket").data("luggage", l).data("property", property)
                            .data("deposited", LOCAL_TIME.format(l.depositedAt.atZone(zone)))
                            .data("expectedUntil", LOCAL_TIME.format(l.expectedUntil.atZone(zone))).render();
                }));
    }

    @POST
    @Path("{id}/storeroom")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record the move to the storeroom 客用儲物間; the desk's task ends (R-LUG-2)")
    public Uni<Luggage> move(@PathParam("id") long id, @Valid @NotNull LuggageBodies.Move request) {
        return visible(id).flatMap(l -> luggage.moveToStoreroom(id, request));
    }

    private Uni<Luggage> visible(long id) {
        return luggage.find(id).invoke(l -> caller.requireVisible(l.propertyCode, "id", "luggage " + id));
    }
}
