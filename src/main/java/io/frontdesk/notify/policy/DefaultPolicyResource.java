package io.frontdesk.notify.policy;

import io.frontdesk.notify.common.security.Roles;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.engine.policy.FollowUpKinds;
import io.frontdesk.notify.engine.policy.Policy;
import io.frontdesk.notify.engine.policy.PolicyService;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What kinds of matter there are, and the default policy of each as written from RULES.md. */
@Path("/api/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies")
public class DefaultPolicyResource {

    @Inject
    PolicyService policies;

    @Inject
    FollowUpKinds kinds;

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("kinds")
    @Operation(summary = "The kinds of matter the service follows up")
    public List<String> kinds() {
        return kinds.names();
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("defaults/{kind}")
    @Operation(summary = "A kind's default policy, as written from RULES.md")
    public Policy defaultPolicy(@PathParam("kind") String kind) {
        return policies.defaultPolicy(kinds.require(kind, "kind"));
    }
}
