package io.frontdesk.notify.common.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Mints tokens for local use and tests, signed with the run's own dev key. Off (404) unless the service
 * made its dev key (no verification key configured) or {@code frontdesk.auth.dev-tokens=true}.
 */
@Path("/api/dev/tokens")
@Tag(name = "Local tokens")
@PermitAll
public class DevTokenResource {

    static final Set<String> KNOWN_ROLES = Set.of(Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY,
            Roles.TENANT, Roles.SYSTEM);
    static final Duration LONGEST = Duration.ofDays(7);

    /**
     * @param properties property codes the holder may act on, {@code "*"} for all (staff and system)
     * @param residentId the resident a tenant token speaks for
     * @param ttl        how long the token lives (default PT12H, at most P7D)
     */
    public record TokenRequest(String subject, List<String> roles, List<String> properties, Long residentId,
                               Duration ttl) {
    }

    public record TokenResponse(String token, String type, long expiresIn) {
    }

    @Inject
    FrontdeskConfig config;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a token for local use (only when the service runs with its own dev key)")
    public TokenResponse mint(TokenRequest request) {
        Duration ttl = check(request);
        return new TokenResponse(sign(request, ttl), "Bearer", ttl.toSeconds());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The same, answering the bare token, for shell scripts")
    public String mintPlain(TokenRequest request) {
        return sign(request, check(request));
    }

    private Duration check(TokenRequest request) {
        if (!config.auth().devTokens()) {
            throw new ProblemException(404, "Not Found", "no such resource", List.of());
        }
        if (request == null) {
            throw ProblemException.badField("body", "a token request is required");
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.subject() == null || request.subject().isBlank()) {
            errors.add(new FieldError("subject", "is required"));
        }
        if (request.roles() == null || request.roles().isEmpty()) {
            errors.add(new FieldError("roles", "at least one of " + KNOWN_ROLES));
        } else {
            for (int i = 0; i < request.roles().size(); i++) {
                if (!KNOWN_ROLES.contains(request.roles().get(i))) {
                    errors.add(new FieldError("roles[" + i + "]", "must be one of " + KNOWN_ROLES));
                }
            }
            if (request.roles().contains(Roles.TENANT) && request.residentId() == null) {
                errors.add(new FieldError("residentId", "a tenant token names the resident it speaks for"));
            }
        }
        Duration ttl = request.ttl() == null ? Duration.ofHours(12) : request.ttl();
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(LONGEST) > 0) {
            errors.add(new FieldError("ttl", "must be more than zero and at most P7D"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        return ttl;
    }

    private String sign(TokenRequest request, Duration ttl) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(request.subject())
                .upn(request.subject())
                .groups(new HashSet<>(request.roles()))
                .claim(Caller.PROPERTIES_CLAIM, request.properties() == null ? List.of() : request.properties())
                .expiresIn(ttl);
        if (request.residentId() != null) {
            claims.claim(Caller.RESIDENT_CLAIM, request.residentId());
        }
        return claims.sign();
    }
}
