package io.frontdesk.notify.storage.item.rest;

import io.frontdesk.notify.common.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.item.ItemService;
import io.frontdesk.notify.storage.item.LeftItem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

/** One item: look it up, hand it over. */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items left at the desk")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class ItemResource {

    @Inject
    ItemService items;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @WithSession
    @Operation(summary = "One item")
    public Uni<LeftItem> get(@PathParam("id") long id) {
        return visible(id);
    }

    @POST
    @Path("{id}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Hand over after verifying the collector (ID when not a resident); an unconfirmed identity"
            + " contacts the depositor first and is refused (R-ITEM-2)")
    public Uni<LeftItem> collect(@PathParam("id") long id, @Valid @NotNull ItemBodies.Collect request) {
        // The depositor's message must be stored even though the answer is a refusal: commit, then refuse.
        return visible(id).flatMap(i -> Panache.withTransaction(() -> items.collect(id, request))).map(outcome -> {
            if (outcome.refusal() != null) {
                throw outcome.refusal();
            }
            return outcome.item();
        });
    }

    private Uni<LeftItem> visible(long id) {
        return items.find(id).invoke(i -> caller.requireVisible(i.propertyCode, "id", "item " + id));
    }
}
