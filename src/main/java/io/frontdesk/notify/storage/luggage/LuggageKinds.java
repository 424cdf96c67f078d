package io.frontdesk.notify.storage.luggage;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** The follow-up kinds of luggage storage; default policies in {@code policies/<name>.json}. */
public final class LuggageKinds {

    private LuggageKinds() {
    }

    /** R-LUG-2: a large piece kept over 24 hours. */
    @ApplicationScoped
    public static class LargeLuggage implements FollowUpKind {
        public static final String NAME = "luggage-large";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-LUG-2: a small piece kept over a week. */
    @ApplicationScoped
    public static class SmallLuggage implements FollowUpKind {
        public static final String NAME = "luggage-small";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-LUG-4: a ticket reported lost was presented; security is alerted at once. */
    @ApplicationScoped
    public static class LostTicketPresented implements FollowUpKind {
        public static final String NAME = "luggage-lost-ticket";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-LUG-4: the luggage was already taken with the ticket reported lost; depositor and security are told. */
    @ApplicationScoped
    public static class TakenWithLostTicket implements FollowUpKind {
        public static final String NAME = "luggage-taken";

        @Override
        public String name() {
            return NAME;
        }
    }

    static String forSize(Luggage.Size size) {
        return size == Luggage.Size.LARGE ? LargeLuggage.NAME : SmallLuggage.NAME;
    }
}
