package io.frontdesk.notify.engine.dispatch;

import java.util.List;
import java.util.Map;

import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.engine.followup.FollowUpContext;
import io.frontdesk.notify.engine.policy.Step;

/**
 * A message recorded as a delivery and ready for its provider at {@code sendAt} (its sender's pace slot), with
 * what is needed to plan what follows.
 */
record PreparedMessage(OutboundMessage message, List<Long> reminderIds, Map<Long, FollowUpContext> contexts,
                       Step step, java.time.Instant sendAt) {
}
