package io.frontdesk.notify.storage.key.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.common.rest.ContactBody;
import io.frontdesk.notify.storage.key.KeyLoan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the key desk. */
public final class KeyBodies {

    private KeyBodies() {
    }

    /** R-KEY-1: borrower, key and due-back time. */
    @Schema(example = """
            {"keyCode":"B2-plant-room","borrower":{"name":"孙师傅","phone":"139 0016 0001"},
             "dueBack":"2026-11-24T17:00:00+08:00","lentBy":"desk-anna"}""")
    public record Lend(
            @NotBlank @Size(max = 60) String keyCode,
            @NotNull @Valid ContactBody borrower,
            @NotNull OffsetDateTime dueBack,
            @NotBlank @Size(max = 100) String lentBy) {
    }

    @Schema(example = """
            {"receivedBy":"desk-ben"}""")
    public record Return(@NotBlank @Size(max = 100) String receivedBy) {
    }

    /** R-KEY-2: a lost or damaged key is reported with the reason. */
    @Schema(example = """
            {"outcome":"LOST","reason":"dropped in the lift shaft","reportedBy":"desk-ben"}""")
    public record Report(
            @NotNull KeyLoan.Status outcome,
            @NotBlank @Size(max = 300) String reason,
            @NotBlank @Size(max = 100) String reportedBy) {
    }

    /** R-KEY-3: the result of a stock count. */
    @Schema(example = """
            {"countedBy":"desk-anna","keysCounted":128,"note":"2 spare keys of B2 missing"}""")
    public record StockCount(
            @NotBlank @Size(max = 100) String countedBy,
            @NotNull @Min(0) @Max(100000) Integer keysCounted,
            @Size(max = 300) String note) {
    }
}
