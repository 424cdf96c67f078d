package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.ProviderOutage;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.engine.dispatch.ReminderClaims.ClaimedBatch;
import io.frontdesk.notify.engine.dispatch.SendPace.Slot;
import io.frontdesk.notify.engine.events.EngineEvents;
import io.frontdesk.notify.engine.events.EventType;
import io.frontdesk.notify.engine.events.OutboxEvent;
import io.frontdesk.notify.engine.followup.Delivery;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpContext;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.Recipient;
import io.frontdesk.notify.engine.followup.Recipients;
import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.engine.policy.DeliveryMode;
import io.frontdesk.notify.engine.policy.FollowUpKinds;
import io.frontdesk.notify.engine.policy.Step;
import io.frontdesk.notify.engine.render.MessageRenderer;
import io.frontdesk.notify.engine.render.RenderedMessage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The two database halves of sending messages, each run in its own transaction around the provider
 * calls: {@link #prepare} decides whether, how and to which address the claimed reminders go and records
 * the deliveries; {@link #record} stores the providers' answers and plans each chain's next reminder. Both
 * take many messages at once, so that a dispatch batch costs a few statements per table, not per message.
 */
@ApplicationScoped
class DeliveryPreparation {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    FollowUpService followUps;

    @Inject
    Recipients recipients;

    @Inject
    MessageRenderer renderer;

    @Inject
    FrontdeskConfig config;

    @Inject
    EngineEvents events;

    @Inject
    FollowUpKinds kinds;

    @Inject
    ChannelSenders senders;

    @Inject
    SendPace pace;

    /**
     * Prepares the messages of a claimed batch in one transaction: reads the reminders, their follow-ups,
     * policies, calendars, recipients and properties once for all of them, and records a delivery per message.
     * Messages go at the pace slots their claim reserved; one that goes on another channel than planned reserves
     * its sender's slot here. The result has one entry per message still to send; a group left out was
     * resolved, acknowledged, unreachable, held or paced.
     *
     * @param groups the reminder ids of each message (a digest's reminders go out as one), all of the batch's or some
     */
    Uni<List<PreparedMessage>> prepare(ClaimedBatch batch, List<List<Long>> groups, Instant now) {
        List<Long> ids = groups.stream().flatMap(List::stream).toList();
        return Reminder.<Reminder>list("id in ?1 and status = ?2 and claimedBy = ?3 order by id", ids,
                        Reminder.Status.CLAIMED, batch.claim())
                .flatMap(claimed -> claimed.isEmpty() ? Uni.createFrom().item(List.<PreparedMessage>of())
                        : contexts(claimed).flatMap(contexts -> recipients.findAll(claimed, id -> contexts.get(id).followUp())
                                .flatMap(people -> {
                                    List<Reminder> next = new ArrayList<>();
                                    List<Candidate> candidates = decideAll(groups, claimed, contexts, people, next, now);
                                    return slots(candidates, batch.slots(), now)
                                            .flatMap(sendAt -> properties(candidates)
                                                    .flatMap(properties -> deliveries(candidates, sendAt, properties,
                                                            next, now)));
                                })));
    }

    /** A message that is to go out, once it has a send slot. */
    private record Candidate(List<Reminder> live, Map<Long, FollowUpContext> contexts, Step step, Recipient person,
                             Channel channel) {

        Reminder lead() {
            return live.get(0);
        }

        FollowUp followUp() {
            return contexts.get(lead().followUpId).followUp();
        }

        String locale() {
            return person.locale() == null ? MessageRenderer.DEFAULT_LOCALE : person.locale();
        }
    }

    private List<Candidate> decideAll(List<List<Long>> groups, List<Reminder> claimed,
                                      Map<Long, FollowUpContext> contexts, Map<Recipients.Ref, Recipient> people,
                                      List<Reminder> next, Instant now) {
        Map<Long, Reminder> byId = new HashMap<>();
        claimed.forEach(r -> byId.put(r.id, r));
        List<Candidate> candidates = new ArrayList<>();
        for (List<Long> group : groups) {
            List<Reminder> reminders = group.stream().map(byId::get).filter(Objects::nonNull).toList();
            if (!reminders.isEmpty()) {
                decide(reminders, contexts, people, next, now).ifPresent(candidates::add);
            }
        }
        return candidates;
    }

    /**
     * What becomes of one message's claimed reminders: closed or held (with the chains' next reminders added
     * to {@code next}), or a candidate to send.
     */
    private Optional<Candidate> decide(List<Reminder> claimed, Map<Long, FollowUpContext> contexts,
                                       Map<Recipients.Ref, Recipient> people, List<Reminder> next, Instant now) {
        List<Reminder> live = new ArrayList<>();
        for (Reminder r : claimed) {
            FollowUpContext ctx = contexts.get(r.followUpId);
            Step step = ctx.policy().step(r.step);
            if (!ctx.followUp().isOpen()) {
                close(r, Reminder.Status.CANCELLED, "resolved: " + ctx.followUp().resolution);
            } else if (step == null) {
                close(r, Reminder.Status.CANCELLED, "the policy no longer has step " + r.step);
            } else if (ctx.acknowledgementCancels(step, r.dueAt)) {
                close(r, Reminder.Status.CANCELLED, "acknowledged");
                planNext(r, ctx.nextDue(step, null, r.dueAt.isAfter(now) ? r.dueAt : now), next, now);
            } else {
                live.add(r);
            }
        }
        if (live.isEmpty()) {
            return Optional.empty();
        }
        Reminder lead = live.get(0);
        Step step = contexts.get(lead.followUpId).policy().step(lead.step);
        Recipient person = people.get(Recipients.Ref.of(lead));
        if (person != null && person.type() == Reminder.RecipientType.RESIDENT
                && heldByTenant(live, contexts, step, person, next, now)) {
            return Optional.empty();
        }
        Channel channel = person == null ? null : channelFor(step, lead.channel, person);
        if (channel == null) {
            String why = person == null ? "recipient no longer exists" : "no channel of the step reaches this person";
            for (Reminder r : live) {
                close(r, Reminder.Status.FAILED, why);
                if (person != null) {
                    planNext(r, contexts.get(r.followUpId).nextDue(step, r.dueAt, now), next, now);
                }
            }
            return Optional.empty();
        }
        return Optional.of(new Candidate(live, contexts, step, person, channel));
    }

    /**
     * When each candidate may leave: now, the pace slot it waited for in the table or its claim reserved, or the next
     * free slot of its sender when it goes on another channel than planned. A slot that passes before the message
     * is sent stays as it is: late messages are spaced when they are handed over ({@link HandoverOrder}).
     */
    private Uni<Map<Candidate, Instant>> slots(List<Candidate> candidates, Map<Long, Slot> claimed, Instant now) {
        Map<Candidate, Instant> sendAt = new IdentityHashMap<>();
        Map<String, List<Candidate>> toReserve = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String sender = pace.pacedSender(senders.forChannel(c.channel()));
            if (sender == null) {
                sendAt.put(c, now);
                continue;
            }
            Slot ofClaim = claimed.get(c.lead().id);
            Instant held = c.lead().pacedUntil != null ? c.lead().pacedUntil
                    : ofClaim != null && ofClaim.sender().equals(sender) ? ofClaim.at() : null;
            if (held != null) {
                sendAt.put(c, held);
            } else {
                toReserve.computeIfAbsent(sender, k -> new ArrayList<>()).add(c);
            }
        }
        return pace.reserveFor(toReserve, now, config.pacing().interval()).map(reserved -> {
            sendAt.putAll(reserved);
            return sendAt;
        });
    }

    /**
     * Records a delivery for each candidate whose slot is near (a later one keeps its slot and waits in the
     * table, not in memory), and the chains' next reminders planned while deciding.
     */
    private Uni<List<PreparedMessage>> deliveries(List<Candidate> candidates, Map<Candidate, Instant> sendAt,
                                                  Map<String, Property> properties, List<Reminder> next, Instant now) {
        List<Candidate> sending = new ArrayList<>();
        List<Delivery> deliveries = new ArrayList<>();
        List<RenderedMessage> texts = new ArrayList<>();
        for (Candidate c : candidates) {
            Instant at = sendAt.get(c);
            if (at.isAfter(now.plus(config.pacing().longestHold()))) {
                for (Reminder r : c.live()) {
                    r.status = Reminder.Status.PLANNED;
                    r.pacedUntil = at;
                    r.leaseUntil = null;
                    r.attempts--; // the claim counted a try that waiting for a slot is not
                }
                continue;
            }
            Map<String, Object> data = templateData(c.live(), c.contexts(), c.person(),
                    properties.get(c.followUp().propertyCode), c.lead());
            RenderedMessage words = renderer.render(c.followUp().kind, c.step().name(), c.channel(), c.locale(), data);
            Delivery delivery = new Delivery();
            delivery.followUpId = c.lead().followUpId;
            delivery.channel = c.channel();
            delivery.recipient = c.person().addressFor(c.channel());
            delivery.status = "sending";
            delivery.subject = words.subject();
            delivery.body = words.text();
            delivery.createdAt = now;
            delivery.updatedAt = now;
            sending.add(c);
            deliveries.add(delivery);
            texts.add(words);
        }
        return persistAll(next)
                .call(() -> deliveries.isEmpty() ? Uni.createFrom().voidItem() : Delivery.persist(deliveries))
                .map(v -> {
                    List<PreparedMessage> prepared = new ArrayList<>();
                    for (int i = 0; i < sending.size(); i++) {
                        Candidate c = sending.get(i);
                        Delivery saved = deliveries.get(i);
                        RenderedMessage words = texts.get(i);
                        c.live().forEach(r -> r.deliveryId = saved.id);
                        OutboundMessage message = new OutboundMessage(saved.id, c.channel(), saved.recipient,
                                words.subject(), words.text(), words.html(), c.locale(), words.attachment());
                        prepared.add(new PreparedMessage(message, c.live().stream().map(r -> r.id).toList(),
                                c.contexts(), c.step(), sendAt.get(c), c.lead().claimedBy, c.lead().leaseUntil));
                    }
                    return prepared;
                });
    }

    private static Uni<Map<String, Property>> properties(List<Candidate> candidates) {
        Set<String> codes = new HashSet<>();
        candidates.forEach(c -> codes.add(c.followUp().propertyCode));
        return codes.isEmpty() ? Uni.createFrom().item(Map.of())
                : Property.<Property>list("code in ?1", codes).map(list -> {
                    Map<String, Property> byCode = new HashMap<>();
                    list.forEach(p -> byCode.put(p.code, p));
                    return byCode;
                });
    }

    /**
     * The tenant's own wishes (issue 7): during a vacation hold, pickup reminders wait for the day they are
     * back; during their own quiet hours a reminder is skipped when its chain has a later one, and otherwise
     * waits for the quiet hours to end. True when the message is held.
     */
    private boolean heldByTenant(List<Reminder> live, Map<Long, FollowUpContext> contexts, Step step, Recipient person,
                                 List<Reminder> next, Instant now) {
        Reminder lead = live.get(0);
        FollowUpContext ctx = contexts.get(lead.followUpId);
        ZoneId zone = ctx.calendar().zone();
        ZonedDateTime due = lead.dueAt.atZone(zone);
        Instant resumeAt;
        String why;
        if (person.vacationUntil() != null && due.toLocalDate().isBefore(person.vacationUntil())
                && kinds.pausesOnVacation(ctx.followUp().kind)) {
            resumeAt = ctx.calendar().deskOpeningOn(person.vacationUntil()).toInstant();
            why = "vacation hold until " + person.vacationUntil();
        } else if (person.quietAt(due.toLocalTime())) {
            ZonedDateTime quietEnds = due.with(person.quietTo());
            resumeAt = (quietEnds.isAfter(due) ? quietEnds : quietEnds.plusDays(1)).toInstant();
            why = "the tenant's quiet hours";
        } else {
            return false;
        }
        for (Reminder r : live) {
            FollowUpContext rc = contexts.get(r.followUpId);
            var later = rc.nextDue(step, null, resumeAt);
            if (later.isPresent() && !r.fallback) {
                close(r, Reminder.Status.CANCELLED, "skipped: " + why);
                next.add(r.nextAt(later.get(), now));
            } else {
                replan(r, resumeAt, "waits: " + why);
            }
        }
        return true;
    }

    /**
     * Preparing failed (a template that cannot render, a policy that cannot be read), so nothing was sent:
     * the reminders are tried again after a back-off, and marked failed once they ran out of attempts.
     */
    Uni<Void> release(String claim, List<Long> ids, Throwable failure, Instant now) {
        return Reminder.<Reminder>list("id in ?1 and status = ?2 and claimedBy = ?3", ids, Reminder.Status.CLAIMED, claim)
                .invoke(claimed -> claimed.forEach(r -> {
                    if (r.attempts >= config.dispatcher().maxAttempts()) {
                        close(r, Reminder.Status.FAILED, "could not prepare: " + failure.getMessage());
                    } else {
                        replan(r, now.plus(backoff(r.attempts)), "could not prepare: " + failure.getMessage());
                    }
                }))
                .replaceWithVoid();
    }

    /** A message the provider answered, or failed to. */
    record SentMessage(PreparedMessage prepared, Dispatcher.SendOutcome outcome) {
    }

    /**
     * Stores the providers' answers for several messages in one transaction and plans what follows each of
     * their reminders.
     */
    Uni<Void> record(List<SentMessage> sent, Instant now) {
        List<Long> deliveryIds = sent.stream().map(s -> s.prepared().message().deliveryId()).toList();
        List<Long> reminderIds = sent.stream().flatMap(s -> s.prepared().reminderIds().stream()).toList();
        List<String> claims = sent.stream().map(s -> s.prepared().claim()).distinct().toList();
        // a reminder another dispatcher claimed since (this claim's lease lapsed) is that dispatcher's to record
        return Delivery.<Delivery>list("id in ?1", deliveryIds)
                .flatMap(deliveries -> Reminder.<Reminder>list("id in ?1 and status = ?2 and claimedBy in ?3",
                        reminderIds, Reminder.Status.CLAIMED, claims).flatMap(reminders -> {
                    Map<Long, Delivery> deliveryById = new HashMap<>();
                    deliveries.forEach(d -> deliveryById.put(d.id, d));
                    Map<Long, Reminder> reminderById = new HashMap<>();
                    reminders.forEach(r -> reminderById.put(r.id, r));
                    List<Reminder> next = new ArrayList<>();
                    List<OutboxEvent> events = new ArrayList<>();
                    for (SentMessage s : sent) {
                        Delivery delivery = deliveryById.get(s.prepared().message().deliveryId());
                        List<Reminder> ofMessage = s.prepared().reminderIds().stream().map(reminderById::get)
                                .filter(Objects::nonNull).toList();
                        record(s.prepared(), s.outcome(), delivery, ofMessage, next, events, now);
                    }
                    return persistAll(next)
                            .call(() -> events.isEmpty() ? Uni.createFrom().voidItem() : OutboxEvent.persist(events));
                }));
    }

    private void record(PreparedMessage prepared, Dispatcher.SendOutcome outcome, Delivery delivery,
                        List<Reminder> reminders, List<Reminder> next, List<OutboxEvent> events, Instant now) {
        delivery.updatedAt = now;
        if (outcome.abandoned()) {
            delivery.status = "abandoned";
            delivery.error = "not sent: the claim lapsed before the provider call; the reminders go out on a new claim";
            return;
        }
        if (outcome.failure() == null) {
            delivery.provider = outcome.receipt().provider();
            delivery.providerId = outcome.receipt().providerId();
            delivery.status = outcome.receipt().status();
        } else {
            delivery.status = "failed";
            delivery.error = String.valueOf(outcome.failure().getMessage());
        }
        recordEvents(reminders, prepared, delivery, outcome, events);
        Throwable failure = outcome.failure();
        boolean outage = failure != null && ProviderOutage.is(failure);
        for (Reminder r : reminders) {
            FollowUpContext ctx = prepared.contexts().get(r.followUpId);
            if (failure != null && !outcome.permanentFailure()
                    && (outage || r.attempts < config.dispatcher().maxAttempts())) {
                // an outage is waited out however long it lasts; other failures are retried a few times
                replan(r, now.plus(outage ? outageWait(r.attempts) : backoff(r.attempts)),
                        (outage ? "provider unavailable: " : "") + failure.getMessage());
                continue;
            }
            if (failure == null) {
                r.status = Reminder.Status.SENT;
                r.sentAt = now;
            } else {
                close(r, Reminder.Status.FAILED, String.valueOf(failure.getMessage()));
                if (outcome.permanentFailure()) {
                    nextChannel(prepared.step(), prepared.message().channel())
                            .ifPresent(channel -> next.add(r.fallbackOn(channel, now)));
                }
            }
            planNext(r, ctx.nextDue(prepared.step(), r.dueAt, now), next, now);
        }
    }

    /**
     * Continues a reminder's chain from its due time but never into the past: after an outage or a late
     * start, the missed retries are not sent in a burst, the cadence just carries on from now.
     */
    private static void planNext(Reminder r, Optional<Instant> due, List<Reminder> next, Instant now) {
        if (!r.fallback) {
            due.ifPresent(at -> next.add(r.nextAt(at, now)));
        }
    }

    /** After a permanent failure of a FIRST step: the step's next channel (SMS → voice → email), if any. */
    static Optional<Channel> nextChannel(Step step, Channel failed) {
        int at = step.channels().indexOf(failed);
        return step.delivery() == DeliveryMode.FIRST && at >= 0 && at + 1 < step.channels().size()
                ? Optional.of(step.channels().get(at + 1))
                : Optional.empty();
    }

    /** What other systems hear of a message: sent or failed, and an escalation when it went to staff. */
    private void recordEvents(List<Reminder> reminders, PreparedMessage prepared, Delivery delivery,
                              Dispatcher.SendOutcome outcome, List<OutboxEvent> recorded) {
        boolean retrying = outcome.failure() != null && !outcome.permanentFailure();
        if (retrying) {
            return;
        }
        for (Reminder r : reminders) {
            FollowUp followUp = prepared.contexts().get(r.followUpId).followUp();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("reminderId", r.id);
            fields.put("step", r.step);
            fields.put("audience", r.audience.name());
            fields.put("channel", delivery.channel.name());
            fields.put("deliveryId", delivery.id);
            fields.put("status", delivery.status);
            EventType type = outcome.failure() != null ? EventType.REMINDER_FAILED : EventType.REMINDER_SENT;
            recorded.add(events.event(type, followUp, fields));
            if (type == EventType.REMINDER_SENT && r.audience.isStaff()) {
                recorded.add(events.event(EventType.FOLLOW_UP_ESCALATED, followUp, fields));
            }
        }
    }

    /** Exponential from the configured delay, with ±20 % jitter so retries of a burst spread out. */
    private Duration backoff(int attempts) {
        Duration base = config.dispatcher().retryDelay().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return jitter(base);
    }

    /** While a provider is down: back off like a retry, but never wait longer than the configured cap. */
    private Duration outageWait(int attempts) {
        Duration wait = backoff(attempts);
        return wait.compareTo(config.dispatcher().longestOutageWait()) > 0 ? jitter(config.dispatcher().longestOutageWait()) : wait;
    }

    private static Duration jitter(Duration base) {
        double factor = 0.8 + java.util.concurrent.ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (base.toMillis() * factor));
    }

    /**
     * The channel to use: for ALL steps the reminder's own; for FIRST steps the first of the step's channels
     * from the reminder's on, in the person's preferred order, that can reach them.
     */
    static Channel channelFor(Step step, Channel planned, Recipient person) {
        if (step.delivery() == DeliveryMode.ALL) {
            return person.addressFor(planned) == null ? null : planned;
        }
        List<Channel> candidates = new ArrayList<>(step.channels().subList(Math.max(step.channels().indexOf(planned), 0),
                step.channels().size()));
        if (!person.preferredChannels().isEmpty()) {
            candidates.sort((a, b) -> Integer.compare(rank(person, a), rank(person, b)));
        }
        return candidates.stream().filter(c -> person.addressFor(c) != null).findFirst().orElse(null);
    }

    private static int rank(Recipient person, Channel channel) {
        int i = person.preferredChannels().indexOf(channel);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private Map<String, Object> templateData(List<Reminder> live, Map<Long, FollowUpContext> contexts,
                                             Recipient person, Property property, Reminder lead) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reminder r : live) {
            FollowUp f = contexts.get(r.followUpId).followUp();
            Map<String, Object> item = new HashMap<>(followUps.details(f));
            item.put("ackUrl", ackUrl(f));
            item.put("openedAt", LOCAL_TIME.format(f.openedAt.atZone(contexts.get(r.followUpId).calendar().zone())));
            item.put("followUpId", f.id);
            items.add(item);
        }
        Map<String, Object> data = new HashMap<>(items.get(0));
        data.put("items", items);
        data.put("recipient", person.name());
        data.put("property", property == null ? contexts.get(lead.followUpId).followUp().propertyCode : property.name);
        data.put("step", lead.step);
        return data;
    }

    private String ackUrl(FollowUp f) {
        return config.publicUrl("/a/" + f.ackToken);
    }

    private Uni<Map<Long, FollowUpContext>> contexts(List<Reminder> reminders) {
        List<Long> ids = reminders.stream().map(r -> r.followUpId).distinct().toList();
        return FollowUp.<FollowUp>list("id in ?1", ids)
                .flatMap(followUps::contexts)
                .map(list -> {
                    Map<Long, FollowUpContext> byId = new LinkedHashMap<>();
                    list.forEach(ctx -> byId.put(ctx.followUp().id, ctx));
                    return byId;
                });
    }

    /**
     * The reminder goes again later. Its pace slot, if it had one, is spent: the next try takes a new one, rather
     * than going out unpaced because its old slot lies in the past.
     */
    private static void replan(Reminder r, Instant due, String why) {
        r.status = Reminder.Status.PLANNED;
        r.dueAt = due;
        r.pacedUntil = null;
        r.leaseUntil = null;
        r.lastError = why;
    }

    private static void close(Reminder r, Reminder.Status status, String why) {
        r.status = status;
        r.lastError = why;
        r.leaseUntil = null;
    }

    private static Uni<Void> persistAll(List<Reminder> reminders) {
        return reminders.isEmpty() ? Uni.createFrom().voidItem() : Reminder.persist(reminders);
    }
}
