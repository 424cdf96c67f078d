package io.frontdesk.notify.engine.policy;

/**
 * A kind of matter a source module brings to the engine (parcel, pass, …). The module provides it as a
 * CDI bean; its default policy lives in {@code policies/<name>.json} and its messages in
 * {@code templates/<name>/}. Adding a kind never touches the engine.
 */
public interface FollowUpKind {

    /** Lower-case name used in URLs, policies and template folders, e.g. {@code parcel}. */
    String name();

    /** Whether a tenant's vacation hold pauses this kind's reminders (true for pickups such as parcels). */
    default boolean pausesOnVacation() {
        return false;
    }
}
