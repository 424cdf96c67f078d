package io.frontdesk.notify.directory.rest;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A property's units and residents in one request, all or nothing. The row limits keep a full import
 * inside {@code quarkus.http.limits.max-body-size} (2M ≈ 5000 rows of a few hundred bytes).
 */
public record DirectoryImport(
        @Size(max = DirectoryImport.MAX_ROWS) List<UnitBody> units,
        @Size(max = DirectoryImport.MAX_ROWS) List<ResidentBody> residents) {

    static final int MAX_ROWS = 5000;
}
