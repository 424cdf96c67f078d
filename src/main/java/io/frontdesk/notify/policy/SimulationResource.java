package io.frontdesk.notify.policy;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.policy.FollowUpKinds;
import io.frontdesk.notify.engine.policy.Policy;
import io.frontdesk.notify.engine.policy.PolicyService;
import io.frontdesk.notify.engine.policy.PolicyValidator;
import io.frontdesk.notify.engine.simulation.Simulator;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers "what would go out, to whom, when?" for a matter, without sending anything. */
@Path("/api/simulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class SimulationResource {

    static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    static final Duration LONGEST_HORIZON = Duration.ofDays(366);
    static final int MAX_REMINDERS = 5_000;

    public record SimulationResult(String kind, String property, String zone, String policySource, int count,
                                   List<Simulator.PlannedReminder> reminders) {
    }

    @Inject
    FollowUpKinds kinds;

    @Inject
    Caller caller;

    @Inject
    PolicyService policies;

    @Inject
    CalendarService calendars;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @POST
    @WithSession
    @Operation(summary = "Simulate a policy: the exact reminders a matter would get; nothing is sent")
    public Uni<SimulationResult> simulate(SimulationRequest request) {
        if (request == null) {
            throw ProblemException.badField("body", "a simulation request is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required"));
        }
        if (request.property() == null) {
            errors.add(new FieldError("property", "is required"));
        }
        if (request.openedAt() == null) {
            errors.add(new FieldError("openedAt", "is required (ISO-8601 with offset, e.g. 2026-11-24T14:05:00+08:00)"));
        }
        Duration horizon = request.horizon() == null ? DEFAULT_HORIZON : request.horizon();
        if (horizon.isNegative() || horizon.isZero() || horizon.compareTo(LONGEST_HORIZON) > 0) {
            errors.add(new FieldError("horizon", "must be more than zero and at most P366D"));
        }
        if (request.resolvedAt() != null && request.openedAt() != null && request.resolvedAt().isBefore(request.openedAt())) {
            errors.add(new FieldError("resolvedAt", "is before openedAt"));
        }
        List<OffsetDateTime> acks = request.acknowledgedAt() == null ? List.of() : request.acknowledgedAt();
        for (int i = 0; i < acks.size(); i++) {
            if (acks.get(i) == null) {
                errors.add(new FieldError("acknowledgedAt[" + i + "]", "must be a date-time"));
            } else if (request.openedAt() != null && acks.get(i).isBefore(request.openedAt())) {
                errors.add(new FieldError("acknowledgedAt[" + i + "]", "is before openedAt"));
            }
        }
        if (request.policy() != null) {
            PolicyValidator.validate(request.policy())
                    .forEach(e -> errors.add(new FieldError("policy." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        String kind = kinds.require(request.kind(), "kind");
        if (!caller.holdsProperty(request.property())) {
            throw ProblemException.badField("property", "no property with code '" + request.property() + "'");
        }
        Uni<PolicyService.EffectivePolicy> policy = request.policy() != null
                ? Uni.createFrom().item(new PolicyService.EffectivePolicy(request.property(), "draft", 0, null,
                        request.policy()))
                : policies.effective(request.property(), kind);
        Instant opened = request.openedAt().toInstant();
        return calendars.calendarOf(request.property())
                .onFailure(ProblemException.class).transform(e -> ProblemException.badField("property",
                        "no property with code '" + request.property() + "'"))
                .flatMap(calendar -> policy.map(effective -> {
                    Policy p = effective.policy();
                    List<Simulator.PlannedReminder> planned = Simulator.simulate(p, calendar, opened,
                            request.subjectDates() == null ? Map.of() : request.subjectDates(),
                            acks.stream().map(OffsetDateTime::toInstant).toList(),
                            request.resolvedAt() == null ? null : request.resolvedAt().toInstant(),
                            opened.plus(horizon), MAX_REMINDERS);
                    List<Simulator.PlannedReminder> local = planned.stream()
                            .map(r -> new Simulator.PlannedReminder(r.dueAt().withZoneSameInstant(calendar.zone()),
                                    r.step(), r.rule(), r.audience(), r.channel(), r.fallback()))
                            .toList();
                    return new SimulationResult(kind, request.property(), calendar.zone().getId(), effective.source(),
                            local.size(), local);
                }));
    }
}
