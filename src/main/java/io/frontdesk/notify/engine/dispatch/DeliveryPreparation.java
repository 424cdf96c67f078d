package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.ProviderOutage;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.engine.events.EngineEvents;
import io.frontdesk.notify.engine.events.EventType;
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
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The two database halves of sending a message, each run in its own transaction around the provider
 * call: {@link #prepare} decides whether, how and to which address the claimed reminders go and records
 * the delivery; {@link #record} stores the provider's answer and plans each chain's next reminder.
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

    /** The message to send, or null when nothing is left to send (resolved, acknowledged, unreachable). */
    Uni<PreparedMessage> prepare(String claim, List<Long> ids, Instant now) {
        return Reminder.<Reminder>list("id in ?1 and status = ?2 and claimedBy = ?3 order by id", ids,
                        Reminder.Status.CLAIMED, claim)
                .flatMap(claimed -> claimed.isEmpty() ? Uni.createFrom().nullItem() : contexts(claimed)
                        .flatMap(contexts -> prepare(claimed, contexts, now)));
    }

    private Uni<PreparedMessage> prepare(List<Reminder> claimed, Map<Long, FollowUpContext> contexts, Instant now) {
        List<Reminder> live = new ArrayList<>();
        List<Reminder> next = new ArrayList<>();
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
            return persistAll(next).replaceWith((PreparedMessage) null);
        }
        Reminder lead = live.get(0);
        FollowUpContext leadCtx = contexts.get(lead.followUpId);
        Step step = leadCtx.policy().step(lead.step);
        return recipients.find(lead.recipientType, lead.recipientId, leadCtx.followUp()).flatMap(person -> {
            if (person != null && person.type() == Reminder.RecipientType.RESIDENT
                    && heldByTenant(live, contexts, step, person, next, now)) {
                return persistAll(next).replaceWith((PreparedMessage) null);
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
                return persistAll(next).replaceWith((PreparedMessage) null);
            }
            return slot(channel, lead, now).flatMap(sendAt -> {
                if (sendAt.isAfter(now.plus(config.pacing().longestHold()))) {
                    // the sender is busy: the message keeps its slot and waits in the table, not in memory
                    for (Reminder r : live) {
                        r.status = Reminder.Status.PLANNED;
                        r.pacedUntil = sendAt;
                        r.leaseUntil = null;
                    }
                    return persistAll(next).replaceWith((PreparedMessage) null);
                }
                return Property.<Property>findById(leadCtx.followUp().propertyCode).flatMap(property -> {
                    String locale = person.locale() == null ? MessageRenderer.DEFAULT_LOCALE : person.locale();
                    Map<String, Object> data = templateData(live, contexts, person, property, lead);
                    RenderedMessage words = renderer.render(leadCtx.followUp().kind, step.name(), channel, locale, data);
                    Delivery delivery = new Delivery();
                    delivery.followUpId = lead.followUpId;
                    delivery.channel = channel;
                    delivery.recipient = person.addressFor(channel);
                    delivery.status = "sending";
                    delivery.subject = words.subject();
                    delivery.body = words.text();
                    delivery.createdAt = now;
                    delivery.updatedAt = now;
                    return persistAll(next).flatMap(v -> delivery.<Delivery>persist()).map(saved -> {
                        live.forEach(r -> r.deliveryId = saved.id);
                        OutboundMessage message = new OutboundMessage(saved.id, channel, saved.recipient,
                                words.subject(), words.text(), words.html(), locale, words.attachment());
                        return new PreparedMessage(message, live.stream().map(r -> r.id).toList(), contexts, step,
                                sendAt);
                    });
                });
            });
        });
    }

    /** When the message may leave: its sender's next pace slot, or the one it already holds. */
    private Uni<Instant> slot(Channel channel, Reminder lead, Instant now) {
        String sender = senders.forChannel(channel).paceKey();
        if (sender == null || !pace.enabled()) {
            return Uni.createFrom().item(now);
        }
        if (lead.pacedUntil != null) {
            return Uni.createFrom().item(lead.pacedUntil.isAfter(now) ? lead.pacedUntil : now);
        }
        return pace.reserve(sender, now, config.pacing().interval());
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
                r.status = Reminder.Status.PLANNED;
                r.dueAt = resumeAt;
                r.leaseUntil = null;
                r.lastError = "waits: " + why;
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
                        r.status = Reminder.Status.PLANNED;
                        r.lastError = "could not prepare: " + failure.getMessage();
                        r.dueAt = now.plus(backoff(r.attempts));
                        r.leaseUntil = null;
                    }
                }))
                .replaceWithVoid();
    }

    /** Stores the provider's answer and plans what follows each reminder of the message. */
    Uni<Void> record(PreparedMessage prepared, Dispatcher.SendOutcome outcome, Instant now) {
        return Delivery.<Delivery>findById(prepared.message().deliveryId()).flatMap(delivery -> {
            delivery.updatedAt = now;
            if (outcome.failure() == null) {
                delivery.provider = outcome.receipt().provider();
                delivery.providerId = outcome.receipt().providerId();
                delivery.status = outcome.receipt().status();
            } else {
                delivery.status = "failed";
                delivery.error = String.valueOf(outcome.failure().getMessage());
            }
            return Reminder.<Reminder>list("id in ?1", prepared.reminderIds())
                    .call(reminders -> recordEvents(reminders, prepared, delivery, outcome));
        }).flatMap(reminders -> {
            List<Reminder> next = new ArrayList<>();
            Throwable failure = outcome.failure();
            boolean outage = failure != null && ProviderOutage.is(failure);
            for (Reminder r : reminders) {
                FollowUpContext ctx = prepared.contexts().get(r.followUpId);
                if (failure != null && !outcome.permanentFailure()
                        && (outage || r.attempts < config.dispatcher().maxAttempts())) {
                    // an outage is waited out however long it lasts; other failures are retried a few times
                    r.status = Reminder.Status.PLANNED;
                    r.lastError = (outage ? "provider unavailable: " : "") + failure.getMessage();
                    r.dueAt = now.plus(outage ? outageWait(r.attempts) : backoff(r.attempts));
                    r.leaseUntil = null;
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
            return persistAll(next);
        });
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
    private Uni<Void> recordEvents(List<Reminder> reminders, PreparedMessage prepared, Delivery delivery,
                                   Dispatcher.SendOutcome outcome) {
        boolean retrying = outcome.failure() != null && !outcome.permanentFailure();
        if (retrying) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(reminders)
                .onItem().transformToUniAndConcatenate(r -> {
                    FollowUp followUp = prepared.contexts().get(r.followUpId).followUp();
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("reminderId", r.id);
                    fields.put("step", r.step);
                    fields.put("audience", r.audience.name());
                    fields.put("channel", delivery.channel.name());
                    fields.put("deliveryId", delivery.id);
                    fields.put("status", delivery.status);
                    EventType type = outcome.failure() != null ? EventType.REMINDER_FAILED : EventType.REMINDER_SENT;
                    Uni<Void> recorded = events.record(type, followUp, fields);
                    return type == EventType.REMINDER_SENT && r.audience.isStaff()
                            ? recorded.call(() -> events.record(EventType.FOLLOW_UP_ESCALATED, followUp, fields))
                            : recorded;
                })
                .collect().asList().replaceWithVoid();
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

    private static void close(Reminder r, Reminder.Status status, String why) {
        r.status = status;
        r.lastError = why;
        r.leaseUntil = null;
    }

    private static Uni<Void> persistAll(List<Reminder> reminders) {
        return reminders.isEmpty() ? Uni.createFrom().voidItem() : Reminder.persist(reminders);
    }
}
