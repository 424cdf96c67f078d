package io.frontdesk.notify.parcel.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.parcel.Parcel;
import io.frontdesk.notify.parcel.ParcelService;
import io.frontdesk.notify.parcel.ParcelViewer;
import io.frontdesk.notify.parcel.ParcelViews;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One parcel: look it up, acknowledge, hand over, record consent, print its notice slip. */
@Path("/api/parcels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcels")
@Audited
public class ParcelResource {

    @Inject
    ParcelService parcels;

    @Inject
    CalendarService calendars;

    @Inject
    ServiceClock clock;

    @Inject
    Engine qute;

    @Inject
    ParcelViewer viewer;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("{id}")
    @WithSession
    public Uni<ParcelView> get(@PathParam("id") long id) {
        return visible(id).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @POST
    @Path("{id}/acknowledge")
    @WithTransaction
    @Operation(summary = "The recipient was reached: today's retries stop, tomorrow's stay (R-PARCEL-3)")
    public Uni<ParcelView> acknowledge(@PathParam("id") long id) {
        return visible(id).flatMap(p -> parcels.acknowledge(id)).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @POST
    @Path("{id}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Hand over: record collector and staff; every planned reminder is cancelled (R-PARCEL-5)")
    public Uni<ParcelView> collect(@PathParam("id") long id, @Valid @NotNull CollectParcel request) {
        return visible(id).flatMap(p -> parcels.collect(id, request)).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @POST
    @Path("{id}/courier-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record the resident's consent for the desk to sign for a courier item (R-PARCEL-6)")
    public Uni<ParcelView> courierConsent(@PathParam("id") long id, @Valid @NotNull CourierConsent request) {
        return visible(id).flatMap(p -> parcels.recordCourierConsent(id, request)).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @PUT
    @Path("{id}/not-handed-reason")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Note why the item was not handed over on its day of arrival (R-PARCEL-4)")
    public Uni<ParcelView> notHandedReason(@PathParam("id") long id, @Valid @NotNull NotHandedReason request) {
        return visible(id).flatMap(p -> parcels.noteNotHandedReason(id, request.reason())).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("{id}/slip")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The notice slip 快件通知單 for the recipient's mailbox, as a printable page (R-PARCEL-3)")
    public Uni<String> slip(@PathParam("id") long id) {
        return visible(id).flatMap(parcel -> parcels.property(parcel.propertyCode)
                .flatMap(property -> Resident.<Resident>findById(parcel.residentId)
                        .flatMap(resident -> calendars.calendarOf(parcel.propertyCode).map(calendar ->
                                qute.getTemplate("parcel/slip")
                                        .data("parcel", parcel)
                                        .data("property", property)
                                        .data("resident", resident)
                                        .data("arrived", ParcelViews.localTime(parcel.arrivedAt, calendar.zone()))
                                        .data("hours", calendar.deskHoursOn(clock.now().atZone(calendar.zone()).toLocalDate()).toString())
                                        .render()))));
    }


    /** The parcel, if it belongs to one of the caller's properties; otherwise as if it did not exist. */
    private Uni<Parcel> visible(long id) {
        return parcels.find(id).invoke(parcel -> caller.requireVisible(parcel.propertyCode, "id", "parcel " + id));
    }
}
