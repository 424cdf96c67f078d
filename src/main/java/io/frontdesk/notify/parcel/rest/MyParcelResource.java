package io.frontdesk.notify.parcel.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.parcel.Parcel;
import io.frontdesk.notify.parcel.ParcelService;
import io.frontdesk.notify.parcel.ParcelViewer;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
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

/** A tenant's own parcels: what waits at the desk for them, and "got it". */
@Path("/api/me/parcels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant self-service")
@RolesAllowed(Roles.TENANT)
@Audited
public class MyParcelResource {

    @Inject
    Caller caller;

    @Inject
    ParcelService parcels;

    @Inject
    ParcelViewer viewer;

    @GET
    @WithSession
    @Operation(summary = "My parcels, newest first")
    public Uni<List<ParcelView>> mine() {
        return Parcel.<Parcel>list("residentId = ?1 order by arrivedAt desc, id desc", caller.residentId())
                .flatMap(viewer::views);
    }

    @POST
    @Path("{id}/acknowledge")
    @WithTransaction
    @Operation(summary = "I got the notice: today's reminders for this parcel stop (R-PARCEL-3)")
    public Uni<ParcelView> acknowledge(@PathParam("id") long id) {
        return parcels.find(id)
                .invoke(parcel -> {
                    if (!parcel.residentId.equals(caller.residentId())) {
                        throw ProblemException.notFound("id", "parcel " + id); // another tenant's: as if absent
                    }
                })
                .flatMap(parcel -> parcels.acknowledge(id))
                .flatMap(viewer::view);
    }
}
