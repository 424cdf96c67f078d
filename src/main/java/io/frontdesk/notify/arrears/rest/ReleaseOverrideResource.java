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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** R-ARR-6: a refused release check overridden by a manager, with the reason recorded. */
@Path("/api/properties/{code}/release-checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arrears")
@Audited
public class ReleaseOverrideResource {

    @Inject
    ReleaseChecks checks;

    @Inject
    CalendarService calendars;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.MANAGER)
    @POST
    @Path("{id}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "A manager lets items leave despite a refusal, with a reason; recorded (R-ARR-6)")
    public Uni<ReleaseCheckView> override(@PathParam("code") String code, @PathParam("id") long id,
                                          @Valid @NotNull ReleaseOverride body) {
        return checks.override(code, id, caller.name(), body.reason()).flatMap(this::view);
    }

    private Uni<ReleaseCheckView> view(ReleaseCheck check) {
        return calendars.calendarOf(check.propertyCode)
                .map(calendar -> ArrearsViews.releaseCheck(check, checks.owed(check), calendar.zone()));
    }
}
