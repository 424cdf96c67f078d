package io.frontdesk.notify.storage.mail;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** The follow-up kinds of ordinary mail; default policies in {@code policies/<name>.json}. */
public final class MailKinds {

    private MailKinds() {
    }

    /** R-MAIL-2: an overflowing mailbox held at the desk; the resident is told until they collect. */
    @ApplicationScoped
    public static class Hold implements FollowUpKind {
        public static final String NAME = "mail-hold";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-MAIL-3: mail for a non-resident; a former resident is called, otherwise it goes back to the post office. */
    @ApplicationScoped
    public static class Return implements FollowUpKind {
        public static final String NAME = "mail-return";

        @Override
        public String name() {
            return NAME;
        }
    }
}
