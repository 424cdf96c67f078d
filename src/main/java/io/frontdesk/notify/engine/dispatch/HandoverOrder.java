package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Hands a paced sender's messages to its provider one after another, in the order of their slots, within a replica.
 * Every batch's messages take their {@link Place}s in their sender's line when they are claimed, about a second before
 * their slots; one loop (a single thread for all senders) hands over the line's first message once its slot came, its
 * message is ready, and the provider answered the one before it, or the wait for that ran out.
 * <p>
 * The provider queues a sender's messages in the order they arrive (issue 6: a burst drains in order). What bench/
 * showed at 100/s before: with each message taking its turn as its own timer fired, and a batch's leaving times taken
 * in the database when its first slot came, a batch behind another on a busy event loop or worker pool overtook it
 * (42-103 of 4,500 out of order, some all through the burst); messages that waited for each other across the merges of
 * separate batches made it worse. One loop per line orders them whatever batch, timer or thread they come from: 2 or 3
 * in each of three runs, all among the first 50 to arrive after a cold start.
 * <p>
 * The waits, all bounded:
 * <ul>
 * <li>for the answer to the message before: {@value #ANSWER_INTERVALS} intervals past the later of this message's
 * slot and that one's hand-over (a call that left up to that late, say for a collection, still arrives first), at
 * most the pacing's longest hold; a provider slower than the pace costs each message at most that much lag;</li>
 * <li>for a message that is not ready yet (its batch is being prepared, or its batch's sends are all in flight): the
 * longest hold past its slot, and at least the wait for an answer past the moment the line began to wait for it; then
 * it loses its place and goes as soon as it comes, so a message that never comes (its batch given up) holds up the
 * line only that long.</li>
 * </ul>
 * A replica behind its slots by less than the longest hold (a stall, a cold start) catches up, one message after the
 * other as the provider answers; later than that (a slow round), its messages go one interval apart, not all at once.
 * The line is the replica's: other replicas' messages keep to their own slots.
 */
@ApplicationScoped
public class HandoverOrder {

    /** How many pace intervals a message waits for the answer to the one before it (class comment). */
    static final int ANSWER_INTERVALS = 10;

    /** A sender paced so fast that it would wait less than this for an answer is not held in a line at all. */
    private static final long SHORTEST_WAIT_NANOS = Duration.ofMillis(1).toNanos();

    /** A message's place in its sender's line. What changes in it is the loop's: read and written on its thread only. */
    public static final class Place {
        /** By slot as reserved (the wall-clock one is for waiting: read at different moments, it may be off a little). */
        private static final Comparator<Place> ORDER = Comparator.comparing((Place p) -> p.at).thenComparingLong(p -> p.taken);

        private final String sender;
        private final Instant at;
        private final Line line;
        /** The slot on the wall clock (System.nanoTime). */
        private final long slot;
        private final long taken;
        /** Set once the message is ready to go. */
        private Runnable handOver;
        /** Out of the line: handed over, left, or given up on. */
        private boolean gone;
        /** When the line began to wait for its message to be ready (nanoTime), once it did. */
        private long awaitedSince = Long.MIN_VALUE;

        private Place(String sender, Instant at, Line line, long slot, long taken) {
            this.sender = sender;
            this.at = at;
            this.line = line;
            this.slot = slot;
            this.taken = taken;
        }

        /** Whether this is the place of a message of {@code sender} at {@code slot}. */
        public boolean isOf(String sender, Instant slot) {
            return this.sender.equals(sender) && this.at.equals(slot);
        }
    }

    /**
     * One sender's line, the loop's alone: its places by slot, the message handed over last while it is not answered,
     * when that hand-over was (nanoTime), and the loop's next wake-up.
     */
    private static final class Line {
        final TreeSet<Place> waiting = new TreeSet<>(Place.ORDER);
        Place inFlight;
        long lastHandover = Long.MIN_VALUE;
        ScheduledFuture<?> wake;
    }

    /** Messages of an unpaced sender have no place: they never wait. */
    public static final Place NONE = new Place("", Instant.EPOCH, null, 0, 0);

    private final long intervalNanos;
    private final long answerWaitNanos;
    private final long turnWaitNanos;
    private final AtomicLong taken = new AtomicLong();
    private final ConcurrentHashMap<String, Line> lines = new ConcurrentHashMap<>();
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "frontdesk-handover");
        thread.setDaemon(true);
        return thread;
    });

    /** The waits from the pacing's settings (class comment): at 100/s, 0.1 s for an answer, 1 s for a place. */
    @Inject
    public HandoverOrder(FrontdeskConfig config) {
        this(config.pacing().interval(), min(config.pacing().interval().multipliedBy(ANSWER_INTERVALS), config.pacing().longestHold()),
                config.pacing().longestHold());
    }

    HandoverOrder(Duration interval, Duration answerWait, Duration turnWait) {
        this.intervalNanos = interval.toNanos();
        this.answerWaitNanos = answerWait.toNanos();
        this.turnWaitNanos = turnWait.toNanos();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    @PreDestroy
    void stop() {
        loop.shutdownNow();
    }

    /**
     * A place in {@code sender}'s line for a message at {@code slot} ({@code now} and the slot on the service's clock);
     * none for an unpaced sender, nor for one paced so fast that it would wait under a millisecond for an answer.
     */
    public Place take(String sender, Instant slot, Instant now) {
        if (sender.isEmpty() || answerWaitNanos < SHORTEST_WAIT_NANOS) {
            return NONE;
        }
        Line line = lines.computeIfAbsent(sender, s -> new Line());
        Place place = new Place(sender, slot, line, System.nanoTime() + Duration.between(now, slot).toNanos(), taken.incrementAndGet());
        loop.execute(() -> {
            line.waiting.add(place);
            pump(line);
        });
        return place;
    }

    /**
     * Runs {@code call} when the loop hands the message over (class comment), or at once when it has no place or lost
     * it; the place is left however the returned Uni ends, cancelled included.
     */
    public <T> Uni<T> handOver(Place place, Supplier<Uni<T>> call) {
        if (place == NONE) {
            return Uni.createFrom().deferred(() -> call.get());
        }
        return Uni.<T>createFrom().emitter(emitter -> {
            emitter.onTermination(() -> leave(place));
            loop.execute(() -> {
                Runnable handOver = () -> {
                    try {
                        call.get().subscribe().with(
                                item -> {
                                    answered(place);
                                    emitter.complete(item);
                                },
                                failure -> {
                                    answered(place);
                                    emitter.fail(failure);
                                });
                    } catch (RuntimeException e) { // a call that fails before it is a Uni must not stop the loop
                        answered(place);
                        emitter.fail(e);
                    }
                };
                if (place.gone) {
                    handOver.run(); // it lost its place: it goes at once
                } else {
                    place.handOver = handOver;
                    pump(place.line);
                }
            });
        });
    }

    /** A message that will not be sent leaves its place, so the line does not wait for it. */
    public void leave(Place place) {
        if (place != NONE) {
            loop.execute(() -> {
                if (!place.gone) {
                    place.gone = true;
                    place.line.waiting.remove(place);
                    pump(place.line);
                }
            });
        }
    }

    private void answered(Place place) {
        loop.execute(() -> {
            if (place.line.inFlight == place) {
                place.line.inFlight = null;
            }
            pump(place.line);
        });
    }

    /** On the loop's thread: hands over what may go, and wakes again when the next one may. */
    private void pump(Line line) {
        if (line.wake != null) {
            line.wake.cancel(false);
            line.wake = null;
        }
        while (!line.waiting.isEmpty()) {
            Place head = line.waiting.first();
            long now = System.nanoTime();
            if (head.handOver == null) {
                // its message is not ready (its batch is being prepared, or its sends are all in flight): the line
                // waits for it the longest hold past its slot, and at least the wait for an answer past the moment
                // it began to wait (a message late for its slot, whose batch hands it over a moment after the one
                // before it)
                if (head.awaitedSince == Long.MIN_VALUE) {
                    head.awaitedSince = now;
                }
                long giveUpAt = Math.max(head.slot + turnWaitNanos, head.awaitedSince + answerWaitNanos);
                if (now >= giveUpAt) {
                    head.gone = true;
                    line.waiting.pollFirst();
                    continue;
                }
                wakeAt(line, giveUpAt);
                return;
            }
            long at = head.slot;
            if (now - head.slot > turnWaitNanos && line.lastHandover != Long.MIN_VALUE) {
                at = Math.max(at, line.lastHandover + intervalNanos); // a batch that came that late keeps the pace
            }
            if (line.inFlight != null) {
                at = Math.max(at, Math.max(head.slot, line.lastHandover) + answerWaitNanos);
            }
            if (now < at) {
                wakeAt(line, at);
                return;
            }
            line.waiting.pollFirst();
            head.gone = true;
            line.inFlight = head;
            line.lastHandover = System.nanoTime();
            head.handOver.run();
        }
    }

    private void wakeAt(Line line, long at) {
        line.wake = loop.schedule(() -> pump(line), Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
