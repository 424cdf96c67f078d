package io.frontdesk.notify.testing;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test key (src/test/resources/test-keys), as the real issuer would. */
public final class Tokens {

    /** Every staff role and system, for every property: what tests use unless they test access itself. */
    public static final Set<String> ALL_ROLES = Set.of(Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER,
            Roles.SECURITY, Roles.SYSTEM);

    private Tokens() {
    }

    public static String staff(Set<String> roles, String... properties) {
        String name = "staff-" + String.join("-", new java.util.TreeSet<>(roles));
        return Jwt.subject(name).upn(name)
                .groups(roles)
                .claim(Caller.PROPERTIES_CLAIM, List.of(properties))
                .expiresIn(Duration.ofHours(1))
                .sign();
    }

    public static String tenant(long residentId) {
        return Jwt.subject("tenant-" + residentId).upn("tenant-" + residentId)
                .groups(Set.of(Roles.TENANT))
                .claim(Caller.RESIDENT_CLAIM, residentId)
                .expiresIn(Duration.ofHours(1))
                .sign();
    }

    public static String superuser() {
        return staff(ALL_ROLES, Caller.ALL_PROPERTIES);
    }
}
