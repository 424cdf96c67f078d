package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.frontdesk.notify.engine.followup.Reminder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Claims due reminders for one dispatcher. {@code FOR UPDATE SKIP LOCKED} lets any number of replicas
 * claim at once without waiting on or taking each other's rows; the lease hands the claims of a replica
 * that died back to the others once it lapses.
 */
@ApplicationScoped
public class ReminderClaims {

    static final String CLAIM_SQL = """
            select id from reminder
             where status in ('PLANNED', 'CLAIMED')
               and due_at <= :now
               and (status = 'PLANNED' or lease_until < :now)
             order by due_at
             limit :limit
             for update skip locked""";

    public Uni<List<Reminder>> claim(String owner, Instant now, Duration lease, int limit) {
        return Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(CLAIM_SQL, Long.class)
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList())
                .flatMap(ids -> ids.isEmpty()
                        ? Uni.createFrom().item(List.<Reminder>of())
                        : Reminder.update("status = ?1, claimedBy = ?2, leaseUntil = ?3, attempts = attempts + 1"
                                        + " where id in ?4", Reminder.Status.CLAIMED, owner, now.plus(lease), ids)
                                .flatMap(n -> Reminder.<Reminder>list("id in ?1 order by dueAt, id", ids))));
    }
}
