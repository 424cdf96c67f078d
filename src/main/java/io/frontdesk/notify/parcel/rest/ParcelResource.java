package io.frontdesk.notify.parcel.rest;

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
import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.parcel.Parcel;
import io.frontdesk.notify.parcel.ParcelService;
import io.frontdesk.notify.parcel.ParcelViews;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The front desk's parcel log: register, list, acknowledge, hand over, and print slips and lists. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parcels")
public class ParcelResource {

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

    @POST
    @Path("/properties/{code}/parcels")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Register an arrival; the recipient is notified at once (R-PARCEL-1, R-PARCEL-2)")
    public Uni<RestResponse<ParcelView>> register(@PathParam("code") String code,
                                                  @Valid @NotNull RegisterParcel request) {
        return parcels.register(code, request)
                .flatMap(this::view)
                .map(view -> RestResponse.ResponseBuilder.<ParcelView>created(URI.create("/api/parcels/" + view.id()))
                        .entity(view).build());
    }

    @GET
    @Path("/properties/{code}/parcels")
    @WithSession
    @Operation(summary = "List parcels, newest first, by status, unit and minimum age in days")
    public Uni<List<ParcelView>> list(@PathParam("code") String code, @QueryParam("status") String status,
                                      @QueryParam("unit") String unit, @QueryParam("minAgeDays") String minAgeDays) {
        return parcels.list(code, QueryParams.enumValue("status", status, Parcel.Status.class), unit,
                        QueryParams.nonNegativeInt("minAgeDays", minAgeDays, 3650))
                .flatMap(this::views);
    }

    @GET
    @Path("/properties/{code}/parcels/uncollected")
    @WithSession
    @Operation(summary = "The supervisor's list: items still waiting from the 3rd day after arrival (R-PARCEL-7)")
    public Uni<List<ParcelView>> uncollected(@PathParam("code") String code, @QueryParam("asOf") String asOf,
                                             @QueryParam("days") String days) {
        return uncollectedParcels(code, asOf, days).flatMap(this::views);
    }

    @GET
    @Path("/properties/{code}/parcels/uncollected")
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

    @GET
    @Path("/parcels/{id}")
    @WithSession
    public Uni<ParcelView> get(@PathParam("id") long id) {
        return parcels.find(id).flatMap(this::view);
    }

    @POST
    @Path("/parcels/{id}/acknowledge")
    @WithTransaction
    @Operation(summary = "The recipient was reached: today's retries stop, tomorrow's stay (R-PARCEL-3)")
    public Uni<ParcelView> acknowledge(@PathParam("id") long id) {
        return parcels.acknowledge(id).flatMap(this::view);
    }

    @POST
    @Path("/parcels/{id}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Hand over: record collector and staff; every planned reminder is cancelled (R-PARCEL-5)")
    public Uni<ParcelView> collect(@PathParam("id") long id, @Valid @NotNull CollectParcel request) {
        return parcels.collect(id, request).flatMap(this::view);
    }

    @POST
    @Path("/parcels/{id}/courier-consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record the resident's consent for the desk to sign for a courier item (R-PARCEL-6)")
    public Uni<ParcelView> courierConsent(@PathParam("id") long id, @Valid @NotNull CourierConsent request) {
        return parcels.recordCourierConsent(id, request).flatMap(this::view);
    }

    @PUT
    @Path("/parcels/{id}/not-handed-reason")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Note why the item was not handed over on its day of arrival (R-PARCEL-4)")
    public Uni<ParcelView> notHandedReason(@PathParam("id") long id, @Valid @NotNull NotHandedReason request) {
        return parcels.noteNotHandedReason(id, request.reason()).flatMap(this::view);
    }

    @GET
    @Path("/parcels/{id}/slip")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The notice slip 快件通知單 for the recipient's mailbox, as a printable page (R-PARCEL-3)")
    public Uni<String> slip(@PathParam("id") long id) {
        return parcels.find(id).flatMap(parcel -> parcels.property(parcel.propertyCode)
                .flatMap(property -> Resident.<Resident>findById(parcel.residentId)
                        .flatMap(resident -> calendars.calendarOf(parcel.propertyCode).map(calendar ->
                                qute.getTemplate("parcel/slip")
                                        .data("parcel", parcel)
                                        .data("property", property)
                                        .data("resident", resident)
                                        .data("arrived", ParcelViews.localTime(parcel.arrivedAt, calendar.zone()))
                                        .data("hours", calendar.deskHoursOn(LocalDate.now(calendar.zone())).toString())
                                        .render()))));
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

    private Uni<ParcelView> view(Parcel parcel) {
        if (parcel.followUpId == null) {
            return Uni.createFrom().item(ParcelViews.of(parcel, List.of()));
        }
        return Reminder.<Reminder>list("followUpId = ?1 and status in ?2 order by dueAt, id", parcel.followUpId,
                        List.of(Reminder.Status.PLANNED, Reminder.Status.CLAIMED))
                .map(planned -> ParcelViews.of(parcel, planned));
    }

    private Uni<List<ParcelView>> views(List<Parcel> list) {
        return Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::view).collect().asList();
    }
}
