package io.frontdesk.notify.engine.policy;

/** How a step uses its channels. */
public enum DeliveryMode {
    /** Every channel, each its own reminder (an SMS and an email at once). */
    ALL,
    /** The first channel that can reach the person; the next one when it cannot (no number, opted out). */
    FIRST
}
