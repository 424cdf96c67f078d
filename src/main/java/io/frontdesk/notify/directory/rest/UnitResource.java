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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The flats, offices and shops of a property. */
@Path("/api/properties/{code}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class UnitResource {

    @Inject
    DirectoryChecks checks;

    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @POST
    @WithTransaction
    public Uni<RestResponse<UnitView>> create(@PathParam("code") String code, UnitBody body) {
        DirectoryChecks.requireNone(checks.violations("", body));
        Unit unit = new Unit();
        unit.propertyCode = code;
        unit.code = body.code();
        unit.description = body.description();
        return Properties.existing(code)
                .flatMap(p -> find(code, unit.code))
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().failure(ProblemException.conflict("code", "unit '" + unit.code + "' already exists"))
                        : unit.<Unit>persist())
                .map(created -> RestResponse.ResponseBuilder.<UnitView>created(
                                URI.create("/api/properties/" + code + "/units/" + created.code))
                        .entity(UnitView.of(created))
                        .build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @WithSession
    public Uni<List<UnitView>> list(@PathParam("code") String code) {
        return Properties.existing(code)
                .flatMap(p -> Unit.<Unit>list("propertyCode", Sort.by("code"), code))
                .map(units -> units.stream().map(UnitView::of).toList());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER})
    @GET
    @Path("{unit}")
    @WithSession
    public Uni<UnitView> get(@PathParam("code") String code, @PathParam("unit") String unit) {
        return existing(code, unit).map(UnitView::of);
    }

    /** Refused while residents live there: deleting them silently would lose their parcels' recipients. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.MANAGER})
    @DELETE
    @Path("{unit}")
    @WithTransaction
    public Uni<Void> delete(@PathParam("code") String code, @PathParam("unit") String unit) {
        return existing(code, unit)
                .flatMap(found -> Resident.count("propertyCode = ?1 and unitCode = ?2", code, unit)
                        .flatMap(residents -> residents > 0
                                ? Uni.createFrom().failure(ProblemException.conflict("unit",
                                        "unit '" + unit + "' has " + residents + " resident(s); delete them first"))
                                : found.delete()));
    }

    private static Uni<Unit> find(String code, String unit) {
        return Unit.<Unit>find("propertyCode = ?1 and code = ?2", code, unit).firstResult();
    }

    private static Uni<Unit> existing(String code, String unit) {
        return Properties.existing(code)
                .flatMap(p -> find(code, unit))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("unit", "unit '" + unit + "'"));
    }
}
