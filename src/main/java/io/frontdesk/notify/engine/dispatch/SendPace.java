package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands out a sender's send slots one interval apart, in the database so that every replica shares one
 * pace. The row lock taken by the upsert serialises concurrent reservations for the same sender; a
 * dispatch batch reserves all the slots it needs from one sender in one statement.
 */
@ApplicationScoped
public class SendPace {

    static final String RESERVE_SQL = """
            insert into send_pace (sender, next_slot)
            values (:sender, cast(:now as timestamptz) + make_interval(secs => cast(:seconds as double precision) * :count))
            on conflict (sender) do update
               set next_slot = greatest(send_pace.next_slot, cast(:now as timestamptz))
                               + make_interval(secs => cast(:seconds as double precision) * :count)
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

    /** The next {@code count} moments this sender may send at: from {@code now} when it is idle, later when busy. */
    public Uni<List<Instant>> reserve(String sender, Instant now, Duration interval, int count) {
        double seconds = interval.toNanos() / 1e9;
        return Panache.getSession().flatMap(session -> session.createNativeQuery(RESERVE_SQL, Instant.class)
                .setParameter("sender", sender)
                .setParameter("now", now)
                .setParameter("seconds", seconds)
                .setParameter("count", count)
                .getSingleResult()
                .map(end -> IntStream.range(0, count).mapToObj(i -> end.minus(interval.multipliedBy(count - i))).toList()));
    }
}
