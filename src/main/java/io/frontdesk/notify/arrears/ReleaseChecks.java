package io.frontdesk.notify.arrears;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Unit;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** R-ARR-6: items leave a unit only when its tenants owe nothing, or a manager overrides with a reason. */
@ApplicationScoped
public class ReleaseChecks {

    @Inject
    ServiceClock clock;

    @Inject
    ArrearsService arrears;

    @Inject
    ObjectMapper json;

    /** Everything billed and unpaid by the unit's tenants, due or not yet due, counts as owed. */
    public Uni<ReleaseCheck> check(String code, String unit, String askedBy) {
        return Unit.count("propertyCode = ?1 and code = ?2", code, unit).flatMap(n -> {
            if (n == 0) {
                return Uni.createFrom().failure(ProblemException.notFound("unit", "unit " + unit + " at " + code));
            }
            return ArrearsAccount.<ArrearsAccount>list("propertyCode = ?1 and unitCode = ?2", code, unit);
        }).flatMap(accounts -> Multi.createFrom().iterable(accounts)
                .onItem().transformToUniAndConcatenate(a -> arrears.status(a).map(s -> Map.entry(a.currency, s.outstanding())))
                .collect().in(() -> new TreeMap<String, BigDecimal>(), (m, e) -> m.merge(e.getKey(), e.getValue(), BigDecimal::add)))
                .flatMap(owed -> {
                    owed.values().removeIf(v -> v.signum() == 0);
                    ReleaseCheck check = new ReleaseCheck();
                    check.propertyCode = code;
                    check.unitCode = unit;
                    check.askedBy = askedBy;
                    check.askedAt = clock.now();
                    check.allowed = owed.isEmpty();
                    check.owed = write(owed);
                    return check.persist();
                });
    }

    public Uni<ReleaseCheck> override(String code, long id, String manager, String reason) {
        return ReleaseCheck.<ReleaseCheck>findById(id).map(check -> {
            if (check == null || !check.propertyCode.equals(code)) {
                throw ProblemException.notFound("id", "release check " + id);
            }
            if (check.allowed) {
                throw ProblemException.conflict("id", "release check " + id + " was allowed; there is nothing to override");
            }
            if (check.overriddenAt != null) {
                throw ProblemException.conflict("id", "release check " + id + " was already overridden by " + check.overriddenBy);
            }
            check.overriddenBy = manager;
            check.overriddenAt = clock.now();
            check.overrideReason = reason;
            return check;
        });
    }

    public Map<String, String> owed(ReleaseCheck check) {
        try {
            return json.readValue(check.owed, json.getTypeFactory().constructMapType(TreeMap.class, String.class, String.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("release check " + check.id + " has unreadable amounts", e);
        }
    }

    private String write(Map<String, BigDecimal> owed) {
        Map<String, String> text = new TreeMap<>();
        owed.forEach((c, v) -> text.put(c, v.toPlainString()));
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
