package io.frontdesk.notify.common.idempotency;

import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.Problem;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Every POST may carry an {@code Idempotency-Key}: a repeat by the same caller within 24 hours gets the
 * first answer back (header {@code Idempotent-Replayed: true}) and creates nothing. The key is taken in
 * its own transaction before the request runs and the answer stored after it: a crash in between leaves
 * the key "in progress" for a minute, after which a repeat runs again (the only duplicate window).
 */
public class IdempotencyFilters {

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    static final Duration IN_PROGRESS_FOR = Duration.ofMinutes(1);
    private static final String TAKEN = IdempotencyFilters.class.getName() + ".taken";

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Uni<Response> takeKey(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > 200) {
            return Uni.createFrom().item(problem(400, "must be 1 to 200 characters", request));
        }
        String path = request.getUriInfo().getPath();
        return identities.getDeferredIdentity().flatMap(identity -> {
            String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
            return Panache.withTransaction(() -> IdempotencyKey.<IdempotencyKey>findById(new IdempotencyKey.Id(actor, key))
                    .flatMap(existing -> {
                        var now = clock.now();
                        if (existing != null && existing.createdAt.isAfter(now.minus(KEPT))) {
                            if (!existing.path.equals(path)) {
                                return Uni.createFrom().item(problem(422, "was used for " + existing.path, request));
                            }
                            if (existing.status != null) {
                                return Uni.createFrom().item(Response.status(existing.status)
                                        .type(existing.contentType).entity(existing.body)
                                        .header("Idempotent-Replayed", "true").build());
                            }
                            if (existing.createdAt.isAfter(now.minus(IN_PROGRESS_FOR))) {
                                return Uni.createFrom().item(problem(409, "a request with this key is in progress", request));
                            }
                        }
                        IdempotencyKey taken = existing != null ? existing : new IdempotencyKey();
                        taken.actor = actor;
                        taken.key = key;
                        taken.method = request.getMethod();
                        taken.path = path;
                        taken.status = null;
                        taken.body = null;
                        taken.contentType = null;
                        taken.createdAt = now;
                        request.setProperty(TAKEN, new IdempotencyKey.Id(actor, key));
                        return taken.persist().replaceWith((Response) null);
                    }))
                    // two first requests with one key at once: the second loses the insert race
                    .onFailure().recoverWithItem(() -> problem(409, "a request with this key is in progress", request));
        });
    }

    @ServerResponseFilter
    public Uni<Void> storeAnswer(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(TAKEN) instanceof IdempotencyKey.Id id)) {
            return Uni.createFrom().voidItem();
        }
        int status = response.getStatus();
        String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
        String body;
        try {
            Object entity = response.getEntity();
            body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            body = null;
        }
        String stored = body;
        return Panache.withTransaction(() -> IdempotencyKey.<IdempotencyKey>findById(id).flatMap(taken -> {
            if (taken == null) {
                return Uni.createFrom().voidItem();
            }
            if (status >= 500) {
                return taken.delete(); // the service failed: let the client try again
            }
            taken.status = status;
            taken.contentType = contentType;
            taken.body = stored;
            return Uni.createFrom().voidItem();
        })).onFailure().invoke(e -> LOG.warn("Could not store the answer for an idempotency key", e))
                .onFailure().recoverWithNull();
    }

    private static Response problem(int status, String message, ContainerRequestContext request) {
        Problem problem = new Problem("about:blank", status == 409 ? "Conflict" : "Invalid input", status,
                HEADER + ": " + message, request.getUriInfo().getPath(), List.of(new FieldError(HEADER, message)));
        return Response.status(status).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(problem).build();
    }
}
