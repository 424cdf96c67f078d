package io.frontdesk.notify.common.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.rest.QueryParams;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Managers read who did what: newest first, for the properties they hold. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Roles.MANAGER)
public class AuditResource {

    @Inject
    Caller caller;

    @GET
    @WithSession
    @Operation(summary = "The audit log: staff actions, newest first (filters: property, actor, since, limit)")
    public Uni<List<AuditEntry>> list(@QueryParam("property") String property, @QueryParam("actor") String actor,
                                      @QueryParam("since") String since, @QueryParam("limit") String limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (property != null) {
            caller.requireProperty(property);
            query.append(" and propertyCode = :property");
            params.put("property", property);
        } else if (!caller.holdsProperty(Caller.ALL_PROPERTIES)) {
            throw ProblemException.badField("property", "is required unless you hold every property");
        }
        if (actor != null) {
            query.append(" and actor = :actor");
            params.put("actor", actor);
        }
        if (since != null) {
            try {
                params.put("since", OffsetDateTime.parse(since).toInstant());
            } catch (DateTimeParseException e) {
                throw ProblemException.badField("since", "must be a date-time with offset, e.g. 2026-11-24T08:00:00+08:00");
            }
            query.append(" and at >= :since");
        }
        Integer n = QueryParams.nonNegativeInt("limit", limit, 1000);
        return AuditEntry.<AuditEntry>find(query.toString(), Sort.descending("at", "id"), params)
                .range(0, (n == null || n == 0 ? 100 : n) - 1)
                .list();
    }
}
