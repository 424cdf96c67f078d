package io.frontdesk.notify.engine.followup;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.events.EngineEvents;
import io.frontdesk.notify.engine.events.EventType;
import io.frontdesk.notify.engine.policy.PolicyService;
import io.frontdesk.notify.engine.policy.Step;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The engine's face to source modules: open, acknowledge and resolve follow-ups. Every method runs in
 * the caller's transaction, so a parcel and its first reminders are written together or not at all.
 */
@ApplicationScoped
public class FollowUpService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ServiceClock clock;

    @Inject
    PolicyService policies;

    @Inject
    CalendarService calendars;

    @Inject
    Recipients recipients;

    @Inject
    ObjectMapper json;

    @Inject
    EngineEvents events;

    public Uni<FollowUp> open(OpenFollowUp request) {
        FollowUp followUp = new FollowUp();
        followUp.propertyCode = request.propertyCode();
        followUp.kind = request.kind();
        followUp.subjectRef = request.subjectRef();
        followUp.residentId = request.residentId();
        followUp.unitCode = request.unitCode();
        followUp.details = write(request.details() == null ? Map.of() : request.details());
        followUp.subjectDates = write(request.subjectDates() == null ? Map.of() : request.subjectDates());
        followUp.contacts = write(request.contacts());
        followUp.ackToken = newToken();
        followUp.openedAt = clock.now();
        return followUp.<FollowUp>persist()
                .call(saved -> events.record(EventType.FOLLOW_UP_OPENED, saved, Map.of()))
                .flatMap(this::context)
                .flatMap(ctx -> planFirstReminders(ctx).replaceWith(ctx.followUp()));
    }

    /** The follow-up with its policy and calendar as they are now. */
    public Uni<FollowUpContext> context(FollowUp followUp) {
        return policies.policy(followUp.propertyCode, followUp.kind)
                .flatMap(policy -> calendars.calendarOf(followUp.propertyCode)
                        .map(calendar -> new FollowUpContext(followUp, policy, calendar, subjectDates(followUp))));
    }

    /**
     * Several follow-ups with their policies and calendars, each policy and calendar loaded once per property
     * and kind rather than once per follow-up (a digest batch, a replan after a policy change).
     */
    public Uni<List<FollowUpContext>> contexts(List<FollowUp> list) {
        Map<String, FollowUpContext> loaded = new HashMap<>();
        return Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(f -> {
                    FollowUpContext known = loaded.get(f.propertyCode + "|" + f.kind);
                    return known != null
                            ? Uni.createFrom().item(new FollowUpContext(f, known.policy(), known.calendar(), subjectDates(f)))
                            : context(f).invoke(ctx -> loaded.put(f.propertyCode + "|" + f.kind, ctx));
                })
                .collect().asList();
    }

    /**
     * R-PARCEL-3: the recipient was reached; the rest of today's attempts of steps that stop on
     * acknowledge move to their next day.
     */
    public Uni<FollowUp> acknowledge(FollowUp followUp) {
        if (!followUp.isOpen()) {
            return Uni.createFrom().failure(ProblemException.conflict("followUp",
                    "this matter was already closed: " + followUp.resolution));
        }
        followUp.acknowledgedAt = clock.now();
        return context(followUp).flatMap(ctx -> Reminder.<Reminder>list("followUpId = ?1 and status = ?2",
                        followUp.id, Reminder.Status.PLANNED)
                .flatMap(planned -> Multi.createFrom().iterable(planned)
                        .onItem().transformToUniAndConcatenate(r -> moveIfAcknowledged(ctx, r))
                        .collect().asList()))
                .call(() -> events.record(EventType.FOLLOW_UP_ACKNOWLEDGED, followUp, Map.of()))
                .replaceWith(followUp);
    }

    public Uni<FollowUp> acknowledgeByToken(String token) {
        return FollowUp.<FollowUp>find("ackToken", token).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("token", "acknowledgement link"))
                .flatMap(this::acknowledge);
    }

    /** The matter is over (collected, renewed, paid…): every reminder not yet sent is cancelled. */
    public Uni<FollowUp> resolve(String subjectRef, String resolution) {
        return FollowUp.<FollowUp>find("subjectRef", subjectRef).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("subject", subjectRef))
                .flatMap(followUp -> {
                    if (!followUp.isOpen()) {
                        return Uni.createFrom().item(followUp);
                    }
                    followUp.resolvedAt = clock.now();
                    followUp.resolution = resolution;
                    return Reminder.update("status = ?1, lastError = ?2 where followUpId = ?3 and status = ?4",
                                    Reminder.Status.CANCELLED, "resolved: " + resolution, followUp.id,
                                    Reminder.Status.PLANNED)
                            .call(() -> events.record(EventType.FOLLOW_UP_RESOLVED, followUp,
                                    Map.of("resolution", resolution)))
                            .replaceWith(followUp);
                });
    }

    /** The subject changed (a partial payment, another bill overdue): messages not yet sent show the new details. */
    public Uni<FollowUp> updateDetails(String subjectRef, Map<String, Object> details) {
        return FollowUp.<FollowUp>find("subjectRef", subjectRef).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("subject", subjectRef))
                .map(followUp -> {
                    followUp.details = write(details);
                    return followUp;
                });
    }

    /**
     * A policy changed: reminders not yet sent of every open follow-up of that kind at that property are
     * planned again from now, continuing each chain after its last sent reminder.
     */
    public Uni<Integer> replan(String propertyCode, String kind) {
        Instant now = clock.now();
        return FollowUp.<FollowUp>list("propertyCode = ?1 and kind = ?2 and resolvedAt is null", propertyCode, kind)
                .flatMap(this::contexts)
                .flatMap(open -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(ctx -> Reminder.delete(
                                        "followUpId = ?1 and status = ?2", ctx.followUp().id, Reminder.Status.PLANNED)
                                .flatMap(deleted -> replanFrom(ctx, now)))
                        .collect().asList())
                .map(List::size);
    }

    private Uni<Void> replanFrom(FollowUpContext ctx, Instant now) {
        return Reminder.<Reminder>list("followUpId = ?1 and status in ?2 order by dueAt", ctx.followUp().id,
                        List.of(Reminder.Status.SENT, Reminder.Status.FAILED, Reminder.Status.CLAIMED))
                .flatMap(history -> {
                    Map<String, Instant> lastDue = new HashMap<>();
                    for (Reminder r : history) {
                        lastDue.put(chainKey(r.step, r.recipientType, r.recipientId, r.channel), r.dueAt);
                    }
                    return planReminders(ctx, (step, recipient, channel) ->
                            lastDue.get(chainKey(step.name(), recipient.type(), recipient.id(), channel)), now);
                });
    }

    private Uni<Void> planFirstReminders(FollowUpContext ctx) {
        return planReminders(ctx, (step, recipient, channel) -> null, null);
    }

    private interface PreviousDue {
        Instant of(Step step, Recipient recipient, Channel channel);
    }

    private Uni<Void> planReminders(FollowUpContext ctx, PreviousDue previousDue, Instant notBefore) {
        Instant now = clock.now();
        return Multi.createFrom().iterable(ctx.policy().steps())
                .onItem().transformToUniAndConcatenate(step -> recipients.of(step.audience(), ctx.followUp())
                        .map(people -> {
                            List<Reminder> planned = new ArrayList<>();
                            for (Recipient person : people) {
                                for (Channel channel : step.plannedChannels()) {
                                    Instant previous = previousDue.of(step, person, channel);
                                    ctx.nextDue(step, previous, notBefore).ifPresent(due -> planned.add(
                                            newReminder(ctx.followUp(), step, person, channel, due, now)));
                                }
                            }
                            return planned;
                        }))
                .collect().in(ArrayList<Reminder>::new, List::addAll)
                .flatMap(all -> all.isEmpty() ? Uni.createFrom().voidItem() : Reminder.persist(all));
    }

    private Uni<Void> moveIfAcknowledged(FollowUpContext ctx, Reminder reminder) {
        Step step = ctx.policy().step(reminder.step);
        if (step == null || !ctx.acknowledgementCancels(step, reminder.dueAt)) {
            return Uni.createFrom().voidItem();
        }
        var next = ctx.nextDue(step, null, reminder.dueAt);
        if (next.isPresent()) {
            reminder.dueAt = next.get();
        } else {
            reminder.status = Reminder.Status.CANCELLED;
            reminder.lastError = "acknowledged";
        }
        return Uni.createFrom().voidItem();
    }

    private static Reminder newReminder(FollowUp followUp, Step step, Recipient person, Channel channel, Instant due,
                                        Instant now) {
        Reminder r = new Reminder();
        r.followUpId = followUp.id;
        r.step = step.name();
        r.audience = step.audience();
        r.recipientType = person.type();
        r.recipientId = person.id();
        r.channel = channel;
        r.digest = step.digest();
        r.dueAt = due;
        r.status = Reminder.Status.PLANNED;
        r.createdAt = now;
        return r;
    }

    private static String chainKey(String step, Reminder.RecipientType type, long id, Channel channel) {
        return step + "|" + type + "|" + id + "|" + channel;
    }

    public Map<String, Object> details(FollowUp followUp) {
        try {
            return json.readValue(followUp.details, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("follow-up " + followUp.id + " has unreadable details", e);
        }
    }

    private Map<String, LocalDate> subjectDates(FollowUp followUp) {
        try {
            return json.readValue(followUp.subjectDates, new TypeReference<Map<String, LocalDate>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("follow-up " + followUp.id + " has unreadable subject dates", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
