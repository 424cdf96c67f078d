package io.frontdesk.notify.engine.policy;

import java.util.List;
import java.util.Optional;

import io.frontdesk.notify.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The kinds the installed source modules provide. */
@ApplicationScoped
public class FollowUpKinds {

    @Inject
    @Any
    Instance<FollowUpKind> kinds;

    public List<String> names() {
        return kinds.stream().map(FollowUpKind::name).sorted().toList();
    }

    public boolean pausesOnVacation(String name) {
        return kinds.stream().anyMatch(k -> k.name().equals(name) && k.pausesOnVacation());
    }

    /** The kind, or a 400 problem naming {@code field} that lists the known kinds. */
    public String require(String name, String field) {
        Optional<String> known = kinds.stream().map(FollowUpKind::name).filter(n -> n.equals(name)).findFirst();
        return known.orElseThrow(() -> ProblemException.badField(field,
                "unknown kind '" + name + "'; known kinds: " + String.join(", ", names())));
    }
}
