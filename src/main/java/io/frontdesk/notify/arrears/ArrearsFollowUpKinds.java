package io.frontdesk.notify.arrears;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The arrears kinds, each with its default policy in {@code policies/<name>.json}. A breach episode opens two
 * follow-ups, so that getting back under the red line stops the escalation but not the tenant's reminders.
 */
public final class ArrearsFollowUpKinds {

    /** Tenant reminders of a breach (R-ARR-3); resolved when nothing is overdue. */
    public static final String REMINDERS = "arrears";
    /** Director at once, then written reports up the chain (R-ARR-3, R-ARR-4); resolved under the red line. */
    public static final String ESCALATION = "arrears-escalation";
    /** A bill's payment notice and the firmer one after its due date (R-ARR-1); resolved when it is paid. */
    public static final String NOTICE = "arrears-notice";
    /** The arrears report 欠費情況報表 to the general department (R-ARR-5). */
    public static final String REPORT = "arrears-report";
    /** Collected amounts every 5 days to the project director (R-ARR-5). */
    public static final String RECONCILIATION = "arrears-reconciliation";

    private ArrearsFollowUpKinds() {
    }

    @ApplicationScoped
    public static class Reminders implements FollowUpKind {
        @Override
        public String name() {
            return REMINDERS;
        }
    }

    @ApplicationScoped
    public static class Escalation implements FollowUpKind {
        @Override
        public String name() {
            return ESCALATION;
        }
    }

    @ApplicationScoped
    public static class Notice implements FollowUpKind {
        @Override
        public String name() {
            return NOTICE;
        }
    }

    @ApplicationScoped
    public static class Report implements FollowUpKind {
        @Override
        public String name() {
            return REPORT;
        }
    }

    @ApplicationScoped
    public static class Reconciliation implements FollowUpKind {
        @Override
        public String name() {
            return RECONCILIATION;
        }
    }
}
