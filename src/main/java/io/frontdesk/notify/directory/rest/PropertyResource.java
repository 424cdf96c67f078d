package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import java.net.URI;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.engine.time.ServiceClock;
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
import jakarta.ws.rs.core.MediaType;

/** Managed buildings and compounds, with their time zone and desk hours (R-DESK-1). */
@Path("/api/properties")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class PropertyResource {

    @Inject
    Caller caller;

    @Inject
    DirectoryChecks checks;

    @Inject
    ServiceClock clock;

    @RolesAllowed(Roles.MANAGER)
    @POST
    @WithTransaction
    public Uni<RestResponse<PropertyView>> create(PropertyBody body) {
        Property property = new Property();
        List<FieldError> errors = checks.property(body, property);
        if (body != null && body.code() == null) {
            errors.add(new FieldError("code", "is required"));
        }
        DirectoryChecks.requireNone(errors);
        property.code = body.code();
        property.createdAt = clock.now();
        return Property.findById(property.code)
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().failure(ProblemException.conflict("code", "property '" + property.code + "' already exists"))
                        : property.<Property>persist())
                .map(created -> RestResponse.ResponseBuilder.<PropertyView>created(URI.create("/api/properties/" + created.code))
                        .entity(PropertyView.of(created))
                        .build());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY})
    @GET
    @WithSession
    public Uni<List<PropertyView>> list() {
        return Property.<Property>listAll(Sort.by("code"))
                .map(all -> all.stream().filter(p -> caller.holdsProperty(p.code)).map(PropertyView::of).toList());
    }

    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY})
    @GET
    @Path("{code}")
    @WithSession
    public Uni<PropertyView> get(@PathParam("code") String code) {
        return Properties.existing(code).map(PropertyView::of);
    }

    /** Replaces name, time zone and hours; the code names the property and cannot change. */
    @RolesAllowed(Roles.MANAGER)
    @PUT
    @Path("{code}")
    @WithTransaction
    public Uni<PropertyView> replace(@PathParam("code") String code, PropertyBody body) {
        Property changes = new Property();
        List<FieldError> errors = checks.property(body, changes);
        if (body != null && body.code() != null && !body.code().equals(code)) {
            errors.add(new FieldError("code", "cannot be changed (the path names '" + code + "')"));
        }
        DirectoryChecks.requireNone(errors);
        return Properties.existing(code).map(property -> {
            property.name = changes.name;
            property.timeZone = changes.timeZone;
            property.weekdayHours = changes.weekdayHours;
            property.weekendHours = changes.weekendHours;
            return PropertyView.of(property);
        });
    }

    /** Removes the property with its calendar, units, residents and staff contacts (cascading keys). */
    @RolesAllowed(Roles.MANAGER)
    @DELETE
    @Path("{code}")
    @WithTransaction
    public Uni<Void> delete(@PathParam("code") String code) {
        return Properties.existing(code).flatMap(property -> property.delete());
    }
}
