package io.frontdesk.notify.parcel.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.parcel.Parcel;
import io.frontdesk.notify.parcel.ParcelService;
import io.frontdesk.notify.parcel.ParcelViewer;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A property's parcel log (郵件投送記錄表): register arrivals, list them, and the supervisor's list. */
@Path("/api/properties/{code}/parcels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcels")
@Audited
public class PropertyParcelResource {

    /** R-PARCEL-7 default: escalate from the 3rd day after arrival. */
    static final int SUPERVISOR_AFTER_DAYS = 3;

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

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SYSTEM})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Register an arrival; the recipient is notified at once (R-PARCEL-1, R-PARCEL-2)")
    public Uni<RestResponse<ParcelView>> register(@PathParam("code") String code,
                                                  @Valid @NotNull RegisterParcel request) {
        return parcels.register(code, request)
                .flatMap(viewer::view)
                .map(view -> RestResponse.ResponseBuilder.<ParcelView>created(URI.create("/api/parcels/" + view.id()))
                        .entity(view).build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @WithSession
    @Operation(summary = "List parcels, newest first, by status, unit and minimum age in days")
    public Uni<List<ParcelView>> list(@PathParam("code") String code, @QueryParam("status") String status,
                                      @QueryParam("unit") String unit, @QueryParam("minAgeDays") String minAgeDays) {
        return parcels.list(code, QueryParams.enumValue("status", status, Parcel.Status.class), unit,
                        QueryParams.nonNegativeInt("minAgeDays", minAgeDays, 3650))
                .flatMap(viewer::views);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("uncollected")
    @WithSession
    @Operation(summary = "The supervisor's list: items still waiting from the 3rd day after arrival (R-PARCEL-7)")
    public Uni<List<ParcelView>> uncollected(@PathParam("code") String code, @QueryParam("asOf") String asOf,
                                             @QueryParam("days") String days) {
        return uncollectedParcels(code, asOf, days).flatMap(viewer::views);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("uncollected")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The supervisor's list as a printable page (R-PARCEL-7)")
    public Uni<String> uncollectedPage(@PathParam("code") String code, @QueryParam("asOf") String asOf,
                                       @QueryParam("days") String days) {
        return uncollectedParcels(code, asOf, days).flatMap(list -> parcels.property(code)
                .flatMap(property -> withResidents(list).map(rows -> qute.getTemplate("parcel/uncollected")
                        .data("property", property).data("rows", rows).data("days", daysOrDefault(days))
                        .render())));
    }

    private Uni<List<Parcel>> uncollectedParcels(String code, String asOf, String days) {
        LocalDate date = QueryParams.date("asOf", asOf);
        int after = daysOrDefault(days);
        return calendars.calendarOf(code).flatMap(calendar -> parcels.uncollectedSince(code,
                date != null ? date : clock.now().atZone(calendar.zone()).toLocalDate(), after));
    }

    private static int daysOrDefault(String days) {
        Integer n = QueryParams.nonNegativeInt("days", days, 365);
        if (n != null && n < 1) {
            throw ProblemException.badField("days", "must be at least 1");
        }
        return n == null ? SUPERVISOR_AFTER_DAYS : n;
    }

    /** Rows for printed lists: the parcel and who it is for. */
    public record ParcelRow(Parcel parcel, Resident resident) {
    }

    private Uni<List<ParcelRow>> withResidents(List<Parcel> list) {
        return Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(p -> Resident.<Resident>findById(p.residentId)
                        .map(r -> new ParcelRow(p, r)))
                .collect().asList();
    }

}
