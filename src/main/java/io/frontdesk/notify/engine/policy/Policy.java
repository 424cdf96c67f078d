package io.frontdesk.notify.engine.policy;

import java.util.List;

/**
 * The escalation schedule for one kind of follow-up at one property: ordered steps, and the quiet
 * hours during which nothing reaches a tenant. Stored as a JSON document; see DESIGN.md "Policies".
 */
public record Policy(String kind, String description, QuietHours quietHours, List<Step> steps) {

    public Policy {
        steps = steps == null ? List.of() : List.copyOf(steps);
        quietHours = quietHours == null ? QuietHours.DEFAULT : quietHours;
    }

    public Step step(String name) {
        return steps.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
