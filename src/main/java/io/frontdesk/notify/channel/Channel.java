package io.frontdesk.notify.channel;

/** The ways a reminder reaches a person. Order in a policy step is the order of preference. */
public enum Channel {
    SMS, VOICE, EMAIL
}
