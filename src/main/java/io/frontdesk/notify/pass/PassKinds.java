package io.frontdesk.notify.pass;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** The follow-up kinds of access passes; default policies in {@code policies/<name>.json}. */
public final class PassKinds {

    private PassKinds() {
    }

    /** R-PASS-1, -2, -5: security told of the issue, renewal reminders, security told on lapse. */
    @ApplicationScoped
    public static class Pass implements FollowUpKind {
        public static final String NAME = "pass";

        @Override
        public String name() {
            return NAME;
        }
    }

    /** R-PASS-4: a lost pass is declared void; security is notified. */
    @ApplicationScoped
    public static class VoidPass implements FollowUpKind {
        public static final String NAME = "pass-void";

        @Override
        public String name() {
            return NAME;
        }
    }
}
