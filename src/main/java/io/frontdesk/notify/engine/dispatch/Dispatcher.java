package io.frontdesk.notify.engine.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.engine.dispatch.DeliveryPreparation.SentMessage;
import io.frontdesk.notify.engine.dispatch.HandoverOrder.Place;
import io.frontdesk.notify.engine.dispatch.ReminderClaims.ClaimedBatch;
import io.frontdesk.notify.engine.dispatch.SendPace.Slot;
import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends due reminders: claim a batch, record the deliveries of its messages, call the providers, record
 * what they said and plan each chain's next reminder. A crash between a provider call and its record is
 * the only window in which a message can go out twice: the claim's lease lapses and another dispatcher
 * sends it again.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    /** How many answered messages are recorded in one transaction, and how long an incomplete chunk waits. */
    private static final int RECORD_CHUNK = 50;
    private static final Duration RECORD_WAIT = Duration.ofMillis(20);

    /** Names this replica in claims, so a look at the table tells who holds what. */
    private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    ServiceClock clock;

    @Inject
    FrontdeskConfig config;

    @Inject
    ReminderClaims claims;

    @Inject
    DeliveryPreparation preparation;

    @Inject
    ChannelSenders senders;

    @Inject
    SendPace pace;

    @Inject
    HandoverOrder handovers;

    @Inject
    Vertx vertx;

    private volatile boolean running;

    /**
     * Starts the claim-and-send loops. They run on Vert.x timers rather than {@code @Scheduled}: Quarkus's
     * scheduler checks its triggers once a second, so a shorter interval would still let a reminder that fell
     * due just after a loop went idle wait up to a second (bench/: p95 lag 0.65 s at 500/s).
     */
    void start(@Observes StartupEvent event) {
        if (!config.dispatcher().enabled()) {
            return;
        }
        running = true;
        for (int worker = 0; worker < config.dispatcher().workers(); worker++) {
            Context loop = ((VertxInternal) vertx).createEventLoopContext();
            loop.runOnContext(v -> runWorker(loop));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    /**
     * One worker: sends what is due, then waits the interval and goes again. The next round is planned only
     * once this one is done, so a worker never overlaps itself (only the messages it holds for their pace slots,
     * at most the pacing's longest hold, go on meanwhile); the workers of a replica and the replicas share the
     * work through the claims.
     */
    private void runWorker(Context loop) {
        if (!running) {
            return;
        }
        onOwnContext(loop, () -> claimAndSend(REPLICA, held -> { }))
                .onFailure().invoke(failure -> {
                    // e.g. the database is away: readiness reports that, one line per round is enough here
                    LOG.warnf("Dispatching failed, trying again in %s: %s", config.dispatcher().interval(), failure);
                    LOG.debug("Dispatch failure", failure);
                })
                .onFailure().recoverWithNull()
                .subscribe().with(handled -> vertx.setTimer(config.dispatcher().interval().toMillis(),
                        id -> runWorker(loop)));
    }

    /**
     * Sends every reminder due now and waits for the providers' answers, also of the messages held for a later pace
     * slot, round after round until one finds nothing due; the number of reminders handled.
     */
    public Uni<Integer> dispatchDue(String owner) {
        return Multi.createBy().repeating()
                .uni(() -> {
                    Queue<CompletableFuture<Void>> held = new ConcurrentLinkedQueue<>();
                    return claimAndSend(owner, held::add).call(handled -> Uni.createFrom()
                            .completionStage(CompletableFuture.allOf(held.toArray(CompletableFuture[]::new))));
                })
                .whilst(handled -> handled > 0)
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /**
     * Sends every reminder due now, batch after batch until a claim finds nothing (what fell due while a batch
     * went out does not wait for the next tick); the number of reminders handled. A loop, not a chain of
     * batches: a backlog of thousands holds one batch in memory at a time. Messages whose pace slot is further
     * than a round away are handed to {@code held} and sent on their own, so the next round is not late for the
     * slots that follow (a round waiting on them claimed the next slots after they passed).
     */
    Uni<Integer> claimAndSend(String owner, Consumer<CompletableFuture<Void>> held) {
        int batchSize = config.dispatcher().batchSize();
        return Multi.createBy().repeating()
                .uni(() -> claims.claim(owner, clock.now(), config.dispatcher().lease(), batchSize)
                        .flatMap(batch -> batch.messages().isEmpty() ? Uni.createFrom().item(0) : deliverAll(batch, held)))
                .whilst(handled -> handled > 0)
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    /**
     * Prepares the batch's messages together, hands them to providers several at once, and records their
     * answers in chunks as they come back. A crash can send twice only what was in flight or answered but not
     * yet recorded: at most the concurrency plus a chunk.
     */
    private Uni<Integer> deliverAll(ClaimedBatch batch, Consumer<CompletableFuture<Void>> held) {
        Context parent = Vertx.currentContext();
        Map<Long, Place> places = placesOf(batch);
        List<List<Long>> groups = batch.messages().stream().map(group -> group.stream().map(r -> r.id).toList()).toList();
        return prepareAll(parent, batch, groups)
                .onFailure().invoke(() -> places.values().forEach(handovers::leave))
                .flatMap(prepared -> {
                    List<Leaving> leaving = prepared.stream().map(message -> placed(message, places)).toList();
                    // claimed but not to be sent (resolved, acknowledged, back in the table for a later slot)
                    places.values().forEach(handovers::leave);
                    Instant roundAway = clock.now().plus(config.dispatcher().interval());
                    Map<Boolean, List<Leaving>> later = leaving.stream()
                            .collect(Collectors.partitioningBy(message -> message.prepared().sendAt().isAfter(roundAway)));
                    if (!later.get(true).isEmpty()) {
                        held.accept(sendAll(parent, later.get(true))
                                .onFailure().invoke(e -> LOG.errorf(e, "Sending held messages failed"))
                                .onFailure().recoverWithNull()
                                .subscribeAsCompletionStage());
                    }
                    return sendAll(parent, later.get(false));
                })
                .replaceWith(batch.reminders());
    }

    /** A message with its place in its sender's line of hand-overs. */
    private record Leaving(PreparedMessage prepared, Place place) {
    }

    /**
     * The batch's paced messages take their places in their senders' lines as soon as they are claimed, by their
     * slots: well before they leave, so that a message of another batch with a later slot waits for them however
     * late this batch is prepared (HandoverOrder).
     */
    private Map<Long, Place> placesOf(ClaimedBatch batch) {
        Map<Long, Place> places = new HashMap<>();
        Instant now = clock.now();
        for (List<Reminder> message : batch.messages()) {
            Slot slot = batch.slots().get(message.get(0).id);
            if (slot != null) {
                places.put(message.get(0).id, handovers.take(slot.sender(), slot.at(), now));
            }
        }
        return places;
    }

    /**
     * The place a prepared message's claim took for it, or a new one when preparing it changed its sender or slot
     * (another channel than planned); what is left in {@code places} will not be sent.
     */
    private Leaving placed(PreparedMessage message, Map<Long, Place> places) {
        String sender = paceKey(message);
        Place claimed = places.remove(message.reminderIds().get(0));
        if (claimed != null && claimed.isOf(sender, message.sendAt())) {
            return new Leaving(message, claimed);
        }
        if (claimed != null) {
            handovers.leave(claimed);
        }
        return new Leaving(message, handovers.take(sender, message.sendAt(), clock.now()));
    }

    private Uni<Void> sendAll(Context parent, List<Leaving> leaving) {
        if (leaving.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // in slot order, so the merge takes up first the messages whose slots come first
        return Multi.createFrom().iterable(leaving.stream().sorted(Comparator.comparing(l -> l.prepared().sendAt())).toList())
                // one merge for all senders: the batch never has more than the concurrency in flight
                .onItem().transformToUni(message -> onOwnContext(parent, () -> send(message)))
                .merge(config.dispatcher().concurrency())
                .group().intoLists().of(RECORD_CHUNK, RECORD_WAIT)
                // the chunk timer emits whether or not the previous chunk is still being recorded
                .onOverflow().buffer()
                .onItem().transformToUniAndConcatenate(chunk -> recordAll(parent, chunk))
                .collect().last().replaceWithVoid()
                // also the places of messages never taken up (the round given up): none in their lines waits for them
                .onTermination().invoke(() -> leaving.forEach(message -> handovers.leave(message.place())));
    }

    /** The provider's sender a message is paced on, or "" when it is not paced. */
    private String paceKey(PreparedMessage prepared) {
        String sender = pace.pacedSender(senders.forChannel(prepared.message().channel()));
        return sender == null ? "" : sender;
    }

    /** All messages in one transaction; should that fail, each on its own, so one bad message holds up no other. */
    private Uni<List<PreparedMessage>> prepareAll(Context parent, ClaimedBatch batch, List<List<Long>> groups) {
        return onOwnContext(parent, () -> Panache.withTransaction(() -> preparation.prepare(batch, groups, clock.now())))
                .onFailure().recoverWithUni(e -> groups.size() > 1
                        ? Multi.createFrom().iterable(groups)
                                .onItem().transformToUniAndConcatenate(group -> prepareAll(parent, batch, List.of(group)))
                                .collect().in(ArrayList::new, List::addAll)
                        : handBack(parent, batch.claim(), groups.get(0), e).replaceWith(List.of()));
    }

    /** Nothing was sent: the reminders go back with a delay, so one bad message neither spins nor is lost. */
    private Uni<Void> handBack(Context parent, String claim, List<Long> ids, Throwable failure) {
        LOG.errorf(failure, "Preparing reminders %s failed; they are handed back", ids);
        return onOwnContext(parent, () -> Panache.withTransaction(() -> preparation.release(claim, ids, failure, clock.now())))
                .onFailure().invoke(e -> LOG.errorf(e, "Handing back reminders %s failed; they go out again when their lease lapses", ids))
                .onFailure().recoverWithNull();
    }

    /**
     * Hands a message to its provider at its slot and in its sender's turn (HandoverOrder), unless its claim lapsed
     * meanwhile and another dispatcher may send it.
     */
    private Uni<SentMessage> send(Leaving leaving) {
        PreparedMessage prepared = leaving.prepared();
        return handovers.handOver(leaving.place(), () -> prepared.claimLapsedAt(clock.now())
                        ? Uni.createFrom().item(SendOutcome.ABANDONED)
                        : senders.forChannel(prepared.message().channel()).send(prepared.message()).map(SendOutcome::sent))
                // whatever fails, this message's answer is recorded: a failure must not take its batch down with it
                .onFailure().recoverWithItem(SendOutcome::failed)
                .map(outcome -> new SentMessage(prepared, outcome));
    }

    /**
     * Answers recorded together. A failure is tried again for up to half the lease (a database that went away
     * for a while: the messages went out, and recording them late is better than sending them again once the
     * lease lapses); should it keep failing, each is recorded on its own, so one bad record loses no other.
     */
    private Uni<Void> recordAll(Context parent, List<SentMessage> answered) {
        return record(parent, answered)
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .expireIn(config.dispatcher().lease().dividedBy(2).toMillis())
                .onFailure().recoverWithUni(e -> answered.size() == 1 ? unrecorded(answered.get(0), e)
                        : Multi.createFrom().iterable(answered)
                                .onItem().transformToUniAndConcatenate(one -> record(parent, List.of(one))
                                        .onFailure().recoverWithUni(failure -> unrecorded(one, failure)))
                                .collect().last().replaceWithVoid());
    }

    private Uni<Void> record(Context parent, List<SentMessage> answered) {
        return onOwnContext(parent, () -> Panache.withTransaction(() -> preparation.record(answered, clock.now())));
    }

    /** The claim's lease lapses and the message goes out again: the one window for a duplicate. */
    private static Uni<Void> unrecorded(SentMessage message, Throwable failure) {
        LOG.errorf(failure, "Recording the answer for reminders %s failed", message.prepared().reminderIds());
        return Uni.createFrom().voidItem();
    }

    private static <T> Uni<T> onOwnContext(Context parent, java.util.function.Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            // a context of our own for each try, never shared: Hibernate Reactive keeps its session on it
            Context own = VertxContext.createNewDuplicatedContext(parent);
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(v -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        });
    }

    /** What the provider said; neither a receipt nor a failure when the message was not handed over. */
    public record SendOutcome(SendReceipt receipt, Throwable failure) {

        static final SendOutcome ABANDONED = new SendOutcome(null, null);

        boolean abandoned() {
            return receipt == null && failure == null;
        }

        static SendOutcome sent(SendReceipt receipt) {
            return new SendOutcome(receipt, null);
        }

        static SendOutcome failed(Throwable failure) {
            return new SendOutcome(null, failure);
        }

        boolean permanentFailure() {
            return failure instanceof PermanentSendFailure;
        }
    }
}
