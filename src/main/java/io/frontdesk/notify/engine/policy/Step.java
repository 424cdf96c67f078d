package io.frontdesk.notify.engine.policy;

import java.util.List;

import io.frontdesk.notify.channel.Channel;

/**
 * One step of a policy: when it starts, whom it tells, on which channels, how often it repeats and
 * when it stops.
 *
 * @param name              unique in the policy; names the templates ({@code <kind>/<name>.<channel>.<locale>})
 * @param rule              the RULES.md id this step implements, for people reading the policy
 * @param start             when the first attempt is due
 * @param audience          who is told
 * @param channels          in order of preference
 * @param delivery          ALL channels at once, or the FIRST channel that can reach the person (fallback)
 * @param cadence           repeats within a day and on following days; null for a single attempt
 * @param stopOnAcknowledge an acknowledgement stops the rest of that local day's attempts
 * @param digest            one message per recipient listing every matter due at the same time
 */
public record Step(String name, String rule, StepStart start, Audience audience, List<Channel> channels,
                   DeliveryMode delivery, Cadence cadence, boolean stopOnAcknowledge, boolean digest) {

    public Step {
        channels = channels == null ? List.of() : List.copyOf(channels);
        delivery = delivery == null ? DeliveryMode.FIRST : delivery;
    }

    /** The channels a reminder is planned on: all of them, or just the preferred one (fallback at send time). */
    public List<Channel> plannedChannels() {
        return delivery == DeliveryMode.ALL || channels.isEmpty() ? channels : List.of(channels.get(0));
    }
}
