package io.frontdesk.notify.common.security;

import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.Problem;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every {@code /api/properties/{code}/…} request is refused (403) unless the caller's token holds that
 * property: one check for every property-scoped endpoint, present and future. Roles are checked by
 * {@code @RolesAllowed} on each endpoint.
 */
public class PropertyScopeFilter {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<RestResponse<Problem>> requireHeldProperty(UriInfo uri) {
        String code = uri.getPathParameters().getFirst("code");
        if (code == null || !uri.getPath().startsWith("/api/properties/")) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    || Caller.holds(token, code)) {
                return null; // anonymous callers meet @RolesAllowed's 401
            }
            Problem problem = new Problem("about:blank", "Forbidden", 403, "you do not hold property " + code,
                    uri.getPath(), List.of(new FieldError("code", "not one of your properties")));
            return RestResponse.ResponseBuilder.create(RestResponse.Status.FORBIDDEN, problem)
                    .type(MediaType.valueOf(Problem.MEDIA_TYPE)).build();
        });
    }
}
