package io.frontdesk.notify.arrears.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.arrears.ArrearsService;
import io.frontdesk.notify.arrears.BillingPeriod;
import io.frontdesk.notify.arrears.report.ArrearsReport;
import io.frontdesk.notify.arrears.report.ArrearsReports;
import io.frontdesk.notify.arrears.rest.ArrearsViews.AccountView;
import io.frontdesk.notify.arrears.rest.ArrearsViews.PaymentView;
import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A property's arrears: accounts, bills and payments fed by the billing system, and the arrears report. */
@Path("/api/properties/{code}/arrears")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@Audited
public class ArrearsResource {

    static final int MAX_BULK = 2000;

    @Inject
    ArrearsService arrears;

    @Inject
    ArrearsReports reports;

    @Inject
    CalendarService calendars;

    @Inject
    ServiceClock clock;

    @Inject
    Engine qute;

    @Inject
    AccountViewer viewer;

    @RolesAllowed({Roles.SYSTEM, Roles.MANAGER})
    @PUT
    @Path("accounts/{residentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Open a tenant's account or change the months of deposit held (R-ARR-2)")
    public Uni<AccountView> saveAccount(@PathParam("code") String code, @PathParam("residentId") long residentId,
                                        @Valid @NotNull AccountBody body) {
        return arrears.saveAccount(code, residentId, body).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SYSTEM})
    @GET
    @Path("accounts/{residentId}")
    @WithSession
    @Operation(summary = "A tenant's account: amounts overdue per period, months overdue, threshold, red line and since when (R-ARR-2)")
    public Uni<AccountView> account(@PathParam("code") String code, @PathParam("residentId") long residentId) {
        return arrears.account(code, residentId).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.SYSTEM, Roles.MANAGER})
    @POST
    @Path("periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record a bill; the tenant gets its payment notice (R-ARR-1) and the red line is worked out again")
    public Uni<AccountView> addPeriod(@PathParam("code") String code, @Valid @NotNull NewPeriod body) {
        return arrears.addPeriods(code, List.of(body), false)
                .flatMap(saved -> arrears.account(code, body.residentId())).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.SYSTEM, Roles.MANAGER})
    @POST
    @Path("periods/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record a billing cycle's bills, all or nothing; every bad row is named (R-ARR-1)")
    public Uni<List<Long>> addPeriods(@PathParam("code") String code,
                                      @NotNull @NotEmpty @Size(max = MAX_BULK) List<@Valid @NotNull NewPeriod> body) {
        return arrears.addPeriods(code, body, true).map(saved -> saved.stream().map((BillingPeriod p) -> p.id).toList());
    }

    @RolesAllowed({Roles.SYSTEM, Roles.MANAGER})
    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record a payment (partial allowed); the red line is worked out again (R-ARR-2, R-ARR-3)")
    public Uni<AccountView> addPayment(@PathParam("code") String code, @Valid @NotNull NewPayment body) {
        return arrears.addPayments(code, List.of(body), false)
                .flatMap(saved -> arrears.account(code, body.residentId())).flatMap(viewer::view);
    }

    @RolesAllowed({Roles.SYSTEM, Roles.MANAGER})
    @POST
    @Path("payments/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Record payments, all or nothing; every bad row is named")
    public Uni<List<PaymentView>> addPayments(@PathParam("code") String code,
                                              @NotNull @NotEmpty @Size(max = MAX_BULK) List<@Valid @NotNull NewPayment> body) {
        return arrears.addPayments(code, body, true).map(saved -> saved.stream().map(ArrearsViews::payment).toList());
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.SYSTEM})
    @GET
    @Path("report")
    @WithSession
    @Operation(summary = "The arrears report 欠費情況報表 on a date (default today): overdue bills and totals (R-ARR-5)")
    public Uni<ArrearsReport> report(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return build(code, asOf);
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.SYSTEM})
    @GET
    @Path("report")
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The arrears report as a printable page (R-ARR-5)")
    public Uni<String> reportPage(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return build(code, asOf).map(report -> qute.getTemplate("arrears-report/email.zh-CN")
                .data(report.asData()).data("recipient", "").data("property", report.propertyName()).render());
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.SYSTEM})
    @GET
    @Path("report")
    @Produces("text/csv")
    @WithSession
    @Operation(summary = "The arrears report as CSV for finance (R-ARR-5)")
    public Uni<String> reportCsv(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        return build(code, asOf).map(ArrearsReport::csv);
    }

    private Uni<ArrearsReport> build(String code, String asOf) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return calendars.calendarOf(code).flatMap(calendar -> reports.build(code,
                date != null ? date : clock.now().atZone(calendar.zone()).toLocalDate()));
    }
}
