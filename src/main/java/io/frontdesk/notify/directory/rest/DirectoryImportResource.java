package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.Unit;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A property's directory from a spreadsheet export, all or nothing: every row is checked first (against
 * the units loaded once, not a query per row) and one 400 names every bad row; only a clean import is
 * written, in one transaction. Units that already exist are reused; residents are appended.
 */
@Path("/api/properties/{code}/directory/import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class DirectoryImportResource {

    @Inject
    DirectoryChecks checks;

    @RolesAllowed({Roles.MANAGER, Roles.SYSTEM})
    @POST
    @WithTransaction
    public Uni<DirectoryImportResult> importDirectory(@PathParam("code") String code, DirectoryImport body) {
        DirectoryChecks.requireNone(checks.violations("", body));
        return Properties.existing(code)
                .flatMap(p -> Unit.<Unit>list("propertyCode", code))
                .flatMap(existing -> {
                    Set<String> unitCodes = new HashSet<>();
                    existing.forEach(u -> unitCodes.add(u.code));
                    List<FieldError> errors = new ArrayList<>();
                    List<Unit> newUnits = newUnits(code, body, unitCodes, errors);
                    List<Resident> residents = residents(code, body, unitCodes, errors);
                    DirectoryChecks.requireNone(errors);
                    int reused = size(body.units()) - newUnits.size();
                    // Units first: residents reference them.
                    return Rows.persistAll(newUnits)
                            .flatMap(v -> Rows.persistAll(residents))
                            .map(v -> new DirectoryImportResult(newUnits.size(), reused, residents.size()));
                });
    }

    /** The units not yet known, adding their codes to {@code unitCodes}. */
    private List<Unit> newUnits(String code, DirectoryImport body, Set<String> unitCodes, List<FieldError> errors) {
        List<Unit> created = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < size(body.units()); i++) {
            UnitBody row = body.units().get(i);
            String at = "units[" + i + "]";
            List<FieldError> rowErrors = checks.violations(at, row);
            if (rowErrors.isEmpty() && !listed.add(row.code())) {
                rowErrors.add(new FieldError(at + ".code", "unit '" + row.code() + "' is listed twice"));
            }
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty() && unitCodes.add(row.code())) {
                Unit unit = new Unit();
                unit.propertyCode = code;
                unit.code = row.code();
                unit.description = row.description();
                created.add(unit);
            }
        }
        return created;
    }

    private List<Resident> residents(String code, DirectoryImport body, Set<String> unitCodes, List<FieldError> errors) {
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < size(body.residents()); i++) {
            Resident resident = new Resident();
            resident.propertyCode = code;
            errors.addAll(checks.resident("residents[" + i + "]", body.residents().get(i), unitCodes::contains, resident));
            residents.add(resident);
        }
        return residents;
    }

    private static int size(List<?> rows) {
        return rows == null ? 0 : rows.size();
    }
}
