package io.frontdesk.notify.common.security;

/**
 * The roles a token's {@code groups} claim may carry (DESIGN.md "Interfaces"). Staff roles are scoped to
 * the properties in the token's {@code properties} claim; a tenant to their own resident id.
 */
public final class Roles {

    public static final String FRONT_DESK = "front-desk";
    public static final String SUPERVISOR = "supervisor";
    public static final String MANAGER = "manager";
    public static final String SECURITY = "security";
    public static final String TENANT = "tenant";
    /** Other building systems: parcel lockers, billing, access control. */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
