package io.frontdesk.notify.engine.dispatch;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Sends due reminders: claim a batch, then for each message record the delivery, call the provider,
 * record what it said and plan the chain's next reminder. A crash between the provider call and the
 * record is the only window in which a message can go out twice: the claim's lease lapses and another
 * dispatcher sends it again.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

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

    @Scheduled(every = "${frontdesk.dispatcher.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Disabled.class, identity = "reminder-dispatcher")
    Uni<Void> tick() {
        return dispatchDue(REPLICA).replaceWithVoid();
    }

    /** Sends every reminder due now, batch after batch; the number of reminders handled. */
    public Uni<Integer> dispatchDue(String owner) {
        return claims.claim(owner, clock.now(), config.dispatcher().lease(), config.dispatcher().batchSize())
                .flatMap(batch -> batch.isEmpty()
                        ? Uni.createFrom().item(0)
                        : deliverAll(batch).flatMap(done -> batch.size() < config.dispatcher().batchSize()
                                ? Uni.createFrom().item(done)
                                : dispatchDue(owner).map(more -> done + more)));
    }

    /** Several messages at once, each on a Vert.x context (and so a database session) of its own. */
    private Uni<Integer> deliverAll(List<Reminder> batch) {
        Context parent = Vertx.currentContext();
        return Multi.createFrom().iterable(messages(batch))
                .onItem().transformToUni(group -> onOwnContext(parent, () -> deliver(group.get(0).claimedBy, group))
                        .onFailure().recoverWithItem(e -> {
                            LOG.errorf(e, "Delivering reminders %s failed",
                                    group.stream().map(r -> r.id).toList());
                            return 0;
                        }))
                .merge(config.dispatcher().concurrency())
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    private static <T> Uni<T> onOwnContext(Context parent, java.util.function.Supplier<Uni<T>> work) {
        Context own = VertxContext.createNewDuplicatedContext(parent);
        // a context of our own, never shared with another request: Hibernate Reactive may keep a session on it
        VertxContextSafetyToggle.setContextSafe(own, true);
        return Uni.createFrom().emitter(emitter -> own.runOnContext(v -> {
            try {
                work.get().subscribe().with(emitter::complete, emitter::fail);
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }));
    }

    /** Digest reminders for one person, channel and step due together become one message (R-PARCEL-7). */
    static List<List<Reminder>> messages(List<Reminder> batch) {
        Map<String, List<Reminder>> groups = new LinkedHashMap<>();
        for (Reminder r : batch) {
            String key = r.digest
                    ? "digest|" + r.step + "|" + r.recipientType + "|" + r.recipientId + "|" + r.channel + "|" + r.dueAt
                    : "single|" + r.id;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    /** @param claim the token of the claim that holds the group */
    private Uni<Integer> deliver(String claim, List<Reminder> group) {
        Context context = Vertx.currentContext();
        List<Long> ids = group.stream().map(r -> r.id).toList();
        return Panache.withTransaction(() -> preparation.prepare(claim, ids, clock.now()))
                // nothing was sent: hand the reminders back with a delay, so one bad message neither spins nor is lost
                .onFailure().call(e -> Panache.withTransaction(() -> preparation.release(claim, ids, e, clock.now())))
                .flatMap(prepared -> prepared == null
                        ? Uni.createFrom().item(group.size())
                        : untilSlot(prepared)
                                .flatMap(v -> senders.forChannel(prepared.message().channel()).send(prepared.message()))
                                .map(SendOutcome::sent)
                                .onFailure().recoverWithItem(SendOutcome::failed)
                                // providers may answer on their own threads; the database session lives on ours
                                .emitOn(task -> context.runOnContext(v -> task.run()))
                                .flatMap(outcome -> Panache.withTransaction(
                                        () -> preparation.record(prepared, outcome, clock.now())))
                                .replaceWith(group.size()));
    }

    /** Holds a message for the last moment before its sender's pace slot (at most the pacing's longest hold). */
    private Uni<Void> untilSlot(PreparedMessage prepared) {
        Duration wait = Duration.between(clock.now(), prepared.sendAt());
        return wait.isNegative() || wait.isZero()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
    }

    /** What the provider said. */
    public record SendOutcome(SendReceipt receipt, Throwable failure) {

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

    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        FrontdeskConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.dispatcher().enabled();
        }
    }
}
