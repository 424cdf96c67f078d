package io.frontdesk.notify.engine.jobs;

import java.lang.management.ManagementFactory;

import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes a periodic job run once across replicas: each replica's scheduler fires, and only the one whose
 * insert of (job, period) succeeds does the work. Call {@link #claim} in the transaction that does the
 * work, so a replica that dies mid-way leaves the period unclaimed for the next tick.
 */
@ApplicationScoped
public class JobRuns {

    private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    ServiceClock clock;

    /** True when this caller won the run of {@code job} for {@code period} (e.g. "2026-12-02", "HQ/2026-12-02"). */
    public Uni<Boolean> claim(String job, String period) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into job_run (job, period, claimed_by, claimed_at) values (:job, :period, :by, :at)
                        on conflict do nothing""")
                .setParameter("job", job)
                .setParameter("period", period)
                .setParameter("by", REPLICA)
                .setParameter("at", clock.now())
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }
}
