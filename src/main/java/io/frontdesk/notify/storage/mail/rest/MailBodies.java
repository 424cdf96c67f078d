package io.frontdesk.notify.storage.mail.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.storage.mail.MailHold;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the mail desk. */
public final class MailBodies {

    private MailBodies() {
    }

    /** R-MAIL-2: a mailbox not emptied for a long time. */
    @Schema(example = """
            {"residentId":1,"pieces":12,"handledBy":"desk-anna"}""")
    public record Overflow(@NotNull Long residentId, @NotNull @Min(1) @Max(500) Integer pieces,
                           @NotBlank @Size(max = 100) String handledBy) {
    }

    /** R-MAIL-3: mail for someone who is not (or no longer) a resident; {@code residentId} names a former one. */
    @Schema(example = """
            {"unit":"1203","addressee":"陈先生","residentId":7,"pieces":2,"handledBy":"desk-anna"}""")
    public record NotResident(@NotBlank @Size(max = 32) String unit, @NotBlank @Size(max = 200) String addressee,
                              Long residentId, @NotNull @Min(1) @Max(500) Integer pieces,
                              @NotBlank @Size(max = 100) String handledBy) {
    }

    /** The held mail was collected or returned to the post office. */
    @Schema(example = """
            {"outcome":"COLLECTED","closedBy":"desk-ben"}""")
    public record Close(@NotNull MailHold.Status outcome, @NotBlank @Size(max = 100) String closedBy) {
    }

    /** R-MAIL-2: the resident is away until this day; their mailbox is left as it is. */
    @Schema(example = """
            {"until":"2026-12-20","note":"travelling, asked us to keep the mailbox"}""")
    public record Away(@NotNull LocalDate until, @Size(max = 300) String note) {
    }
}
