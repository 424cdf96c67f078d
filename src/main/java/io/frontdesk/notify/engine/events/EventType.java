package io.frontdesk.notify.engine.events;

/** What other systems can follow (README "Messages"). */
public enum EventType {
    FOLLOW_UP_OPENED("follow-up.opened"),
    REMINDER_SENT("reminder.sent"),
    REMINDER_FAILED("reminder.failed"),
    /** A reminder to staff went out: the matter escalated to them. */
    FOLLOW_UP_ESCALATED("follow-up.escalated"),
    FOLLOW_UP_ACKNOWLEDGED("follow-up.acknowledged"),
    FOLLOW_UP_RESOLVED("follow-up.resolved"),
    DELIVERY_STATUS("delivery.status");

    public final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }
}
