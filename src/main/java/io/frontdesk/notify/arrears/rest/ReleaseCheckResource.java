package io.frontdesk.notify.arrears.rest;

import io.frontdesk.notify.common.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.arrears.ReleaseCheck;
import io.frontdesk.notify.arrears.ReleaseChecks;
import io.frontdesk.notify.arrears.rest.ArrearsViews.ReleaseCheckView;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.CalendarService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** R-ARR-6: may large items leave this unit? Answered and recorded with who asked and when. */
@Path("/api/properties/{code}/units/{unit}/release-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@Audited
public class ReleaseCheckResource {

    @Inject
    ReleaseChecks checks;

    @Inject
    CalendarService calendars;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @POST
    @WithTransaction
    @Operation(summary = "Ask whether items may leave a unit: allowed, or refused with what is owed (R-ARR-6)")
    public Uni<ReleaseCheckView> check(@PathParam("code") String code, @PathParam("unit") String unit) {
        return checks.check(code, unit, caller.name()).flatMap(this::view);
    }

    private Uni<ReleaseCheckView> view(ReleaseCheck check) {
        return calendars.calendarOf(check.propertyCode)
                .map(calendar -> ArrearsViews.releaseCheck(check, checks.owed(check), calendar.zone()));
    }
}
