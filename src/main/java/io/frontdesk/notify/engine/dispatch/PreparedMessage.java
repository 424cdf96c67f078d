package io.frontdesk.notify.engine.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.engine.followup.FollowUpContext;
import io.frontdesk.notify.engine.policy.Step;

/**
 * A message recorded as a delivery and ready for its provider at {@code sendAt} (its sender's pace slot), with
 * what is needed to plan what follows.
 *
 * @param claim      the claim token holding its reminders
 * @param leaseUntil when that claim lapses: past it another dispatcher may take the reminders, so it is not sent
 */
record PreparedMessage(OutboundMessage message, List<Long> reminderIds, Map<Long, FollowUpContext> contexts,
                       Step step, Instant sendAt, String claim, Instant leaseUntil) {

    boolean claimLapsedAt(Instant now) {
        return !now.isBefore(leaseUntil);
    }
}
