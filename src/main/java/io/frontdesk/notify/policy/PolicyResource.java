package io.frontdesk.notify.policy;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.policy.FollowUpKinds;
import io.frontdesk.notify.engine.policy.Policy;
import io.frontdesk.notify.engine.policy.PolicyService;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Managers read and replace the escalation schedule of a kind at their property. */
@Path("/api/properties/{code}/policies/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
@Audited
public class PolicyResource {

    @Inject
    PolicyService policies;

    @Inject
    FollowUpKinds kinds;

    @Inject
    CalendarService calendars;

    @Inject
    FollowUpService followUps;

    @Inject
    ServiceClock clock;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @WithSession
    @Operation(summary = "The policy in force for a kind at a property (the default until a manager replaces it)")
    public Uni<PolicyService.EffectivePolicy> get(@PathParam("code") String code, @PathParam("kind") String kind) {
        String known = kinds.require(kind, "kind");
        return calendars.calendarOf(code).flatMap(c -> policies.effective(code, known));
    }

    @RolesAllowed(Roles.MANAGER)
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Replace the policy; reminders not yet sent are planned again under it")
    public Uni<PolicyService.EffectivePolicy> replace(@PathParam("code") String code, @PathParam("kind") String kind,
                                                      Policy policy) {
        String known = kinds.require(kind, "kind");
        if (policy == null) {
            throw ProblemException.badField("body", "a policy document is required");
        }
        if (policy.kind() != null && !policy.kind().equals(known)) {
            throw ProblemException.badField("kind", "the document is for '" + policy.kind() + "', the path for '" + known + "'");
        }
        return calendars.calendarOf(code)
                .flatMap(c -> policies.replace(code, known, policy, clock.now()))
                .call(saved -> followUps.replan(code, known));
    }

    @RolesAllowed(Roles.MANAGER)
    @DELETE
    @WithTransaction
    @Operation(summary = "Go back to the default policy; reminders not yet sent are planned again under it")
    public Uni<PolicyService.EffectivePolicy> reset(@PathParam("code") String code, @PathParam("kind") String kind) {
        String known = kinds.require(kind, "kind");
        return calendars.calendarOf(code)
                .flatMap(c -> policies.reset(code, known))
                .call(deleted -> followUps.replan(code, known))
                .flatMap(deleted -> policies.effective(code, known));
    }
}
