package io.frontdesk.notify.storage.key;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** The follow-up kinds of the key desk; default policies in {@code policies/<name>.json}. */
public final class KeyKinds {

    private KeyKinds() {
    }

    /** R-KEY-2: before the desk closes each day, the borrower of a key not back and the desk's list. */
    @ApplicationScoped
    public static class Loan implements FollowUpKind {
        public static final String NAME = "key-loan";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-KEY-3: the half-monthly stock count. */
    @ApplicationScoped
    public static class StockCount implements FollowUpKind {
        public static final String NAME = "key-stock";

        @Override
        public String name() {
            return NAME;
        }
    }
}
