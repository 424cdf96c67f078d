package io.frontdesk.notify.storage.item.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.storage.item.LeftItem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Items held at the desk for the tenant's own unit (R-ITEM-1), and "got it". */
@Path("/api/me/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant self-service")
@RolesAllowed(Roles.TENANT)
@Audited
public class MyItemResource {

    @Inject
    Caller caller;

    @Inject
    FollowUpService followUps;

    @GET
    @WithSession
    @Operation(summary = "Items held at the front desk for my unit, newest first")
    public Uni<List<LeftItem>> mine() {
        return me().flatMap(me -> LeftItem.<LeftItem>list(
                "propertyCode = ?1 and unitCode = ?2 order by loggedAt desc, id desc", me.propertyCode, me.unitCode));
    }

    @POST
    @Path("{id}/acknowledge")
    @WithTransaction
    @Operation(summary = "I know about this item: today's reminders for it stop")
    public Uni<LeftItem> acknowledge(@PathParam("id") long id) {
        return me().flatMap(me -> LeftItem.<LeftItem>findById(id).map(item -> {
            if (item == null || !item.propertyCode.equals(me.propertyCode) || !item.unitCode.equals(me.unitCode)) {
                throw ProblemException.notFound("id", "item " + id); // another unit's: as if absent
            }
            return item;
        })).call(item -> item.followUpId == null ? Uni.createFrom().nullItem()
                : FollowUp.<FollowUp>findById(item.followUpId)
                        .flatMap(f -> f.isOpen() ? followUps.acknowledge(f) : Uni.createFrom().item(f)));
    }

    private Uni<Resident> me() {
        return Resident.<Resident>findById(caller.residentId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resident", "your resident record"));
    }
}
