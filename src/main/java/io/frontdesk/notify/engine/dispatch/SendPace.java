package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import io.frontdesk.notify.channel.ChannelSender;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands out a sender's send slots one interval apart, in the database so that every replica shares one
 * pace. The row lock taken by the upsert serialises concurrent reservations for the same sender; a
 * dispatch batch reserves all the slots it needs from one sender in one statement.
 * <p>
 * Slots go in the order reservations come, so the claims reserve theirs one at a time ({@link #claimInTurn}):
 * two dispatchers that claimed consecutive parts of a burst at once would otherwise each reserve when ready,
 * and the later part could take the earlier slots.
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

    /** The advisory lock that puts claims in turn (any fixed number; only this service takes it). */
    static final long CLAIM_TURN = 0x66726f6e7464L;

    /** A send slot and the sender it was reserved from. */
    public record Slot(String sender, Instant at) {
    }

    @Inject
    FrontdeskConfig config;

    /**
     * Whether senders are paced (frontdesk.pacing.enabled). Asked of this bean rather than of the config, so a test
     * can turn pacing on for itself while the rest of the suite, whose clock jumps between classes, runs without it.
     */
    public boolean enabled() {
        return config.pacing().enabled();
    }

    /** The sender that paces what {@code channel} sends, or null when it is not paced (or pacing is off). */
    public String pacedSender(ChannelSender channel) {
        return enabled() ? channel.paceKey() : null;
    }

    /**
     * Waits, in the claim's transaction, until no other claim is between picking its reminders and reserving their
     * slots, so that the reminders claimed first get the first slots. A claim takes a few milliseconds; nothing
     * waits when senders are not paced.
     */
    public Uni<Void> claimInTurn() {
        return !enabled() ? Uni.createFrom().voidItem()
                : Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(:turn)", Integer.class)
                        .setParameter("turn", CLAIM_TURN)
                        .getSingleResult()
                        .replaceWithVoid());
    }

    /**
     * A slot for each of every sender's items, in the order listed. Senders reserve in the order of their names, so
     * two transactions reserving from the same senders never deadlock on their rows.
     */
    public <T> Uni<Map<T, Instant>> reserveFor(Map<String, List<T>> itemsBySender, Instant now, Duration interval) {
        Map<T, Instant> slots = new IdentityHashMap<>();
        return Multi.createFrom().iterable(new TreeMap<>(itemsBySender).entrySet())
                .onItem().transformToUniAndConcatenate(e -> reserve(e.getKey(), now, interval, e.getValue().size())
                        .invoke(reserved -> {
                            for (int i = 0; i < reserved.size(); i++) {
                                slots.put(e.getValue().get(i), reserved.get(i));
                            }
                        }))
                .collect().last()
                .replaceWith(slots);
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
