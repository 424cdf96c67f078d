package io.frontdesk.notify.storage.item;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** The follow-up kinds of items left at the desk; default policies in {@code policies/<name>.json}. */
public final class ItemKinds {

    private ItemKinds() {
    }

    /** R-ITEM-3: past its expected collection date, the depositor is contacted daily until collected. */
    @ApplicationScoped
    public static class Overdue implements FollowUpKind {
        public static final String NAME = "left-item";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-ITEM-2: the collector's identity cannot be confirmed; the depositor is contacted first. */
    @ApplicationScoped
    public static class IdentityCheck implements FollowUpKind {
        public static final String NAME = "left-item-identity";

        @Override
        public String name() {
            return NAME;
        }
    }
}
