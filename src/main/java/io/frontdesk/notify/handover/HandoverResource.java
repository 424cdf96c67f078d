package io.frontdesk.notify.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The shift handover 交接班 (R-LUG-5, R-ITEM-4, R-DESK-2), as JSON or as a printable page. */
@Path("/api/properties/{code}/handover")
@Tag(name = "Shift handover")
@RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
public class HandoverResource {

    /** Without {@code since}, the shift is taken as the last 8 hours. */
    static final Duration DEFAULT_SHIFT = Duration.ofHours(8);

    @Inject
    HandoverService handovers;

    @Inject
    ServiceClock clock;

    @Inject
    Engine qute;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "What the shift hands over: luggage stored, deposited and collected since the shift began,"
            + " items held, keys out, parcels waiting, mail held, open follow-ups with their next step (R-LUG-5, R-ITEM-4, R-DESK-2)")
    public Uni<Handover> json(@PathParam("code") String code,
                              @Parameter(description = "start of the shift, e.g. 2026-11-24T08:00:00+08:00 (default: 8 hours ago)")
                              @QueryParam("since") String since) {
        return handovers.handover(code, since(since));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    @Operation(summary = "The shift handover as a printable page 交接班記錄 (R-LUG-5, R-ITEM-4, R-DESK-2)")
    public Uni<String> page(@PathParam("code") String code, @QueryParam("since") String since) {
        return handovers.handover(code, since(since)).map(h -> qute.getTemplate("handover/handover").data("h", h).render());
    }

    private Instant since(String text) {
        if (text == null || text.isBlank()) {
            return clock.now().minus(DEFAULT_SHIFT);
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("since", "must be a date-time with offset, e.g. 2026-11-24T08:00:00+08:00");
        }
    }
}
