package io.frontdesk.notify.pass.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.pass.AccessPass;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Passes the tenant holds (matched by their phone or email at their property), and "got it" for reminders. */
@Path("/api/me/passes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant self-service")
@RolesAllowed(Roles.TENANT)
@Audited
public class MyPassResource {

    @Inject
    Caller caller;

    @Inject
    FollowUpService followUps;

    @GET
    @WithSession
    @Operation(summary = "Passes I hold, newest first")
    public Uni<List<AccessPass>> mine() {
        return me().flatMap(me -> AccessPass.<AccessPass>list("propertyCode = ?1 and ((holderPhone is not null and "
                        + "holderPhone = ?2) or (holderEmail is not null and lower(holderEmail) = lower(?3))) "
                        + "order by issuedAt desc, id desc", me.propertyCode, me.phone == null ? "" : me.phone,
                me.email == null ? "" : me.email));
    }

    @POST
    @Path("{id}/acknowledge")
    @WithTransaction
    @Operation(summary = "I got the renewal reminder for this pass: today's reminders stop (R-PASS-2)")
    public Uni<AccessPass> acknowledge(@PathParam("id") long id) {
        return mine().map(passes -> passes.stream().filter(p -> p.id == id).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("id", "pass " + id)))
                .call(pass -> pass.followUpId == null ? Uni.createFrom().nullItem()
                        : FollowUp.<FollowUp>findById(pass.followUpId)
                                .flatMap(f -> f.isOpen() ? followUps.acknowledge(f) : Uni.createFrom().item(f)));
    }

    private Uni<Resident> me() {
        return Resident.<Resident>findById(caller.residentId())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resident", "your resident record"));
    }
}
