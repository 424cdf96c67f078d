package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.StaffContact;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Staff who receive escalations at a property, by role (supervisor 客服主管, security 保安部, …). */
@Path("/api/properties/{code}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class StaffResource {

    @Inject
    DirectoryChecks checks;

    @RolesAllowed(Roles.MANAGER)
    @POST
    @WithTransaction
    public Uni<RestResponse<StaffView>> create(@PathParam("code") String code, StaffBody body) {
        StaffContact staff = new StaffContact();
        DirectoryChecks.requireNone(checks.staff(body, staff));
        staff.propertyCode = code;
        return Properties.existing(code)
                .flatMap(p -> staff.<StaffContact>persist())
                .map(created -> RestResponse.ResponseBuilder.<StaffView>created(
                                URI.create("/api/properties/" + code + "/staff/" + created.id))
                        .entity(StaffView.of(created))
                        .build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @WithSession
    public Uni<List<StaffView>> list(@PathParam("code") String code) {
        return Properties.existing(code)
                .flatMap(p -> StaffContact.<StaffContact>list("propertyCode", Sort.by("role").and("id"), code))
                .map(staff -> staff.stream().map(StaffView::of).toList());
    }

    @RolesAllowed(Roles.MANAGER)
    @DELETE
    @Path("{id}")
    @WithTransaction
    public Uni<Void> delete(@PathParam("code") String code, @PathParam("id") long id) {
        return Properties.existing(code)
                .flatMap(p -> StaffContact.delete("id = ?1 and propertyCode = ?2", id, code))
                .flatMap(deleted -> deleted > 0 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.notFound("id", "staff contact " + id)));
    }
}
