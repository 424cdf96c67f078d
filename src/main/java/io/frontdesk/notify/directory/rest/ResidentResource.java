package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.Unit;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Residents and tenants (客戶、業戶): who lives in a unit and how to reach them (R-PARCEL-2 looks here). */
@Path("/api/properties/{code}/residents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class ResidentResource {

    @Inject
    DirectoryChecks checks;

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @POST
    @WithTransaction
    public Uni<RestResponse<ResidentView>> create(@PathParam("code") String code, ResidentBody body) {
        return checked(code, body, new Resident())
                .flatMap(resident -> resident.<Resident>persist())
                .map(created -> RestResponse.ResponseBuilder.<ResidentView>created(
                                URI.create("/api/properties/" + code + "/residents/" + created.id))
                        .entity(ResidentView.of(created))
                        .build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @WithSession
    public Uni<List<ResidentView>> list(@PathParam("code") String code, @QueryParam("unit") String unit) {
        Sort order = Sort.by("unitCode").and("id");
        return Properties.existing(code)
                .flatMap(p -> unit == null
                        ? Resident.<Resident>list("propertyCode", order, code)
                        : Resident.<Resident>list("propertyCode = ?1 and unitCode = ?2", order, code, unit))
                .map(residents -> residents.stream().map(ResidentView::of).toList());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("{id}")
    @WithSession
    public Uni<ResidentView> get(@PathParam("code") String code, @PathParam("id") long id) {
        return existing(code, id).map(ResidentView::of);
    }

    /** Replaces every field; SMS opt-out is the tenant's own choice and is kept. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @PUT
    @Path("{id}")
    @WithTransaction
    public Uni<ResidentView> replace(@PathParam("code") String code, @PathParam("id") long id, ResidentBody body) {
        return existing(code, id)
                .flatMap(resident -> checked(code, body, resident))
                .map(ResidentView::of);
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @DELETE
    @Path("{id}")
    @WithTransaction
    public Uni<Void> delete(@PathParam("code") String code, @PathParam("id") long id) {
        return existing(code, id).flatMap(resident -> resident.delete());
    }

    /** Copies a fully checked body into {@code into}; fails with every fault otherwise. */
    private Uni<Resident> checked(String code, ResidentBody body, Resident into) {
        return Properties.existing(code)
                .flatMap(p -> body == null || body.unit() == null
                        ? Uni.createFrom().item(0L)
                        : Unit.count("propertyCode = ?1 and code = ?2", code, body.unit()))
                .map(units -> {
                    DirectoryChecks.requireNone(checks.resident("", body, unit -> units > 0, into));
                    into.propertyCode = code;
                    return into;
                });
    }

    private static Uni<Resident> existing(String code, long id) {
        return Properties.existing(code)
                .flatMap(p -> Resident.<Resident>find("id = ?1 and propertyCode = ?2", id, code).<Resident>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("id", "resident " + id));
    }
}
