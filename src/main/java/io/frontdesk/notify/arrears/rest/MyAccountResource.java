package io.frontdesk.notify.arrears.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.frontdesk.notify.arrears.ArrearsService;
import io.frontdesk.notify.arrears.rest.ArrearsViews.AccountView;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A tenant's own arrears account: the same view staff get, for the caller only. */
@Path("/api/me/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant self-service")
@RolesAllowed(Roles.TENANT)
public class MyAccountResource {

    @Inject
    Caller caller;

    @Inject
    ArrearsService arrears;

    @Inject
    AccountViewer viewer;

    @GET
    @WithSession
    @Operation(summary = "My account: what I owe per bill, what is overdue, the red line and since when (R-ARR-2)")
    public Uni<AccountView> mine() {
        return arrears.accountOf(caller.residentId()).flatMap(viewer::view);
    }
}
