package io.frontdesk.notify.engine.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.frontdesk.notify.channel.ChannelSenders;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.engine.dispatch.SendPace.Slot;
import io.frontdesk.notify.engine.followup.Reminder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Claims due reminders for one dispatcher. {@code FOR UPDATE SKIP LOCKED} lets any number of replicas
 * claim at once without waiting on or taking each other's rows; the lease hands the claims of a replica
 * that died back to the others once it lapses.
 */
@ApplicationScoped
public class ReminderClaims {

    @Inject
    FrontdeskConfig config;

    @Inject
    SendPace pace;

    @Inject
    ChannelSenders senders;

    /**
     * What one claim holds: its reminders grouped into the messages they make, and the pace slot of each paced
     * message's reminders (by reminder id), on the sender of the channel the reminders were planned for.
     */
    public record ClaimedBatch(String claim, List<List<Reminder>> messages, Map<Long, Slot> slots) {

        static ClaimedBatch empty(String claim) {
            return new ClaimedBatch(claim, List.of(), Map.of());
        }

        public int reminders() {
            return messages.stream().mapToInt(List::size).sum();
        }
    }

    /**
     * A reminder that waits in the table for its sender's pace slot ({@code paced_until}) is claimed up to the
     * pacing's longest hold before it, so the dispatcher holds it to the slot: claimed at the slot, one late
     * tick would let several go out together, racing each other out of order.
     */
    static final String CLAIM_SQL = """
            select id from reminder
             where status in ('PLANNED', 'CLAIMED')
               and due_at <= :now
               and (status = 'PLANNED' or lease_until < :now)
               and (paced_until is null or paced_until <= :pacedBy)
             order by due_at
             limit :limit
             for update skip locked""";

    /**
     * Digest reminders due together with a claimed one, for the same person, channel and step of the same
     * kind, are claimed with it, so the person gets one list however the batch boundary falls (R-PARCEL-7).
     */
    static final String CLAIM_DIGEST_SIBLINGS_SQL = """
            update reminder sibling
               set status = 'CLAIMED', claimed_by = :claim, lease_until = :leaseUntil, attempts = sibling.attempts + 1
              from reminder claimed
              join follow_up claimed_follow_up on claimed_follow_up.id = claimed.follow_up_id,
                   follow_up sibling_follow_up
             where claimed.claimed_by = :claim and claimed.status = 'CLAIMED' and claimed.digest
               and sibling.status = 'PLANNED' and sibling.digest
               and sibling.follow_up_id = sibling_follow_up.id
               and sibling_follow_up.kind = claimed_follow_up.kind
               and sibling.step = claimed.step
               and sibling.recipient_type = claimed.recipient_type
               and sibling.recipient_id = claimed.recipient_id
               and sibling.channel = claimed.channel
               and sibling.due_at = claimed.due_at""";

    /**
     * Claims up to {@code limit} due reminders (plus digest siblings) for {@code owner}, and reserves their pace
     * slots in the same turn, so the reminders due first leave first however many dispatchers claim at once. Each
     * claim gets its own token in {@code claimed_by}, so what one batch holds is never confused with another's.
     */
    public Uni<ClaimedBatch> claim(String owner, Instant now, Duration lease, int limit) {
        String claim = owner + "#" + UUID.randomUUID().toString().substring(0, 8);
        Instant leaseUntil = now.plus(lease);
        return Panache.withTransaction(() -> pace.claimInTurn().flatMap(inTurn -> Panache.getSession())
                .flatMap(session -> session.createNativeQuery(CLAIM_SQL, Long.class)
                        .setParameter("now", now)
                        .setParameter("pacedBy", now.plus(config.pacing().longestHold()))
                        .setParameter("limit", limit)
                        .getResultList()
                        .flatMap(ids -> ids.isEmpty()
                                ? Uni.createFrom().item(ClaimedBatch.empty(claim))
                                : Reminder.update("status = ?1, claimedBy = ?2, leaseUntil = ?3, attempts = attempts + 1"
                                                + " where id in ?4", Reminder.Status.CLAIMED, claim, leaseUntil, ids)
                                        .flatMap(n -> session.createNativeQuery(CLAIM_DIGEST_SIBLINGS_SQL)
                                                .setParameter("claim", claim)
                                                .setParameter("leaseUntil", leaseUntil)
                                                .executeUpdate())
                                        .flatMap(n -> Reminder.<Reminder>list("claimedBy = ?1 and status = ?2 order by dueAt, id", claim,
                                                Reminder.Status.CLAIMED))
                                        .flatMap(claimed -> withSlots(claim, messages(claimed), now)))));
    }

    /**
     * Each paced message's slot, on the sender of its planned channel: the one a reminder back from the table waited
     * for, or a new one for the rest (preparing a message may pick another channel, which then reserves its own).
     */
    private Uni<ClaimedBatch> withSlots(String claim, List<List<Reminder>> messages, Instant now) {
        Map<Long, Slot> slots = new HashMap<>();
        Map<String, List<List<Reminder>>> bySender = new LinkedHashMap<>();
        for (List<Reminder> message : messages) {
            Reminder lead = message.get(0);
            String sender = pace.pacedSender(senders.forChannel(lead.channel));
            if (sender != null && lead.pacedUntil != null) {
                message.forEach(r -> slots.put(r.id, new Slot(sender, lead.pacedUntil)));
            } else if (sender != null) {
                bySender.computeIfAbsent(sender, k -> new ArrayList<>()).add(message);
            }
        }
        return pace.reserveFor(bySender, now, config.pacing().interval()).map(reserved -> {
            bySender.forEach((sender, ofSender) -> ofSender.forEach(message -> message.forEach(r ->
                    slots.put(r.id, new Slot(sender, reserved.get(message))))));
            return new ClaimedBatch(claim, messages, slots);
        });
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
}
