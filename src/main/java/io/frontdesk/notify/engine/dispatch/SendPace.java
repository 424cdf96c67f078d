package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands out a sender's send slots one interval apart, in the database so that every replica shares one
 * pace. The row lock taken by the upsert serialises concurrent reservations for the same sender.
 */
@ApplicationScoped
public class SendPace {

    static final String RESERVE_SQL = """
            insert into send_pace (sender, next_slot)
            values (:sender, cast(:now as timestamptz) + make_interval(secs => cast(:seconds as double precision)))
            on conflict (sender) do update
               set next_slot = greatest(send_pace.next_slot, cast(:now as timestamptz))
                               + make_interval(secs => cast(:seconds as double precision))
            returning next_slot""";

    @Inject
    FrontdeskConfig config;

    /**
     * Whether senders are paced (frontdesk.pacing.enabled). Asked of this bean rather than of the config, so a test
     * can turn pacing on for itself while the rest of the suite, whose clock jumps between classes, runs without it.
     */
    public boolean enabled() {
        return config.pacing().enabled();
    }

    /** The moment this message may go: {@code now} when the sender is idle, later when it is busy. */
    public Uni<Instant> reserve(String sender, Instant now, Duration interval) {
        double seconds = interval.toNanos() / 1e9;
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RESERVE_SQL, Instant.class)
                .setParameter("sender", sender)
                .setParameter("now", now)
                .setParameter("seconds", seconds)
                .getSingleResult()
                .map(next -> next.minus(interval)));
    }
}
