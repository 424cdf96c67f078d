package io.frontdesk.notify.storage.item.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.storage.item.ItemService;
import io.frontdesk.notify.storage.item.LeftItem;
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

/** A property's items left at the desk 物品暫存: log and list. */
@Path("/api/properties/{code}/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Items left at the desk")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
@Audited
public class PropertyItemResource {

    @Inject
    ItemService items;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Log an item: unit, owner, designated collector, expected date, staff; overdue items are followed up (R-ITEM-1, R-ITEM-3)")
    public Uni<RestResponse<LeftItem>> log(@PathParam("code") String code, @Valid @NotNull ItemBodies.Log request) {
        return items.log(code, request).map(i -> RestResponse.ResponseBuilder
                .<LeftItem>created(URI.create("/api/items/" + i.id)).entity(i).build());
    }

    @GET
    @WithSession
    @Operation(summary = "Items, newest first, optionally by status (HELD, COLLECTED)")
    public Uni<List<LeftItem>> list(@PathParam("code") String code, @QueryParam("status") String status) {
        return items.list(code, QueryParams.enumValue("status", status, LeftItem.Status.class));
    }
}
