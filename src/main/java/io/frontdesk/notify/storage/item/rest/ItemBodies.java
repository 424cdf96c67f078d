package io.frontdesk.notify.storage.item.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.common.rest.ContactBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the items desk. */
public final class ItemBodies {

    private ItemBodies() {
    }

    /** R-ITEM-1: unit, owner, designated collector, expected collection date and handling staff. */
    @Schema(example = """
            {"unit":"1203","owner":"王小明","description":"tennis racket","designatedCollector":"王太太",
             "depositor":{"name":"李教练","phone":"139 0017 0001"},"expectedOn":"2026-11-26","handledBy":"desk-anna"}""")
    public record Log(
            @NotBlank @Size(max = 32) String unit,
            @NotBlank @Size(max = 200) String owner,
            @NotBlank @Size(max = 300) String description,
            @NotBlank @Size(max = 200) String designatedCollector,
            @NotNull @Valid ContactBody depositor,
            @NotNull LocalDate expectedOn,
            @NotBlank @Size(max = 100) String handledBy) {
    }

    /**
     * R-ITEM-2: the collector is verified and signs; a collector who is not a resident shows ID; when their
     * identity cannot be confirmed ({@code identityConfirmed} false) the depositor is contacted first.
     */
    @Schema(example = """
            {"collectedBy":"王太太","collectorResidentId":12,"identityConfirmed":true,"handedOverBy":"desk-ben"}""")
    public record Collect(
            @NotBlank @Size(max = 200) String collectedBy,
            Long collectorResidentId,
            @Size(max = 60) String collectorIdNumber,
            @NotNull Boolean identityConfirmed,
            @NotBlank @Size(max = 100) String handedOverBy) {
    }
}
