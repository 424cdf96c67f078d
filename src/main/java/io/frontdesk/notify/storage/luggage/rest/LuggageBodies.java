package io.frontdesk.notify.storage.luggage.rest;

import java.time.Duration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.common.rest.ContactBody;
import io.frontdesk.notify.storage.luggage.Luggage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the luggage desk. */
public final class LuggageBodies {

    private LuggageBodies() {
    }

    /**
     * R-LUG-1, R-LUG-2: a deposit. The depositor is a resident ({@code residentId}) or a guest
     * ({@code depositor}); the expected storage period is asked for.
     */
    @Schema(example = """
            {"unit":"1203","residentId":1,"size":"LARGE","pieces":2,"description":"black suitcases",
             "location":"desk shelf A","expectedPeriod":"PT36H","depositedBy":"desk-anna"}""")
    public record Deposit(
            @Size(max = 32) String unit,
            Long residentId,
            @Valid ContactBody depositor,
            @NotNull Luggage.Size size,
            @Min(1) @Max(20) Integer pieces,
            @Size(max = 300) String description,
            @NotBlank @Size(max = 100) String location,
            @NotNull @Schema(example = "PT36H") Duration expectedPeriod,
            @NotBlank @Size(max = 100) String depositedBy) {
    }

    /** R-LUG-2: the piece was moved to the storeroom. */
    @Schema(example = """
            {"movedBy":"desk-anna","location":"storeroom B2-3"}""")
    public record Move(@NotBlank @Size(max = 100) String movedBy, @NotBlank @Size(max = 100) String location) {
    }

    /** R-LUG-3: collection needs the lower ticket; a collector other than the depositor shows ID. */
    @Schema(example = """
            {"ticketNumber":17,"collectedBy":"李雷","collectorIdNumber":"110101199003071234","handedOverBy":"desk-ben"}""")
    public record Collect(
            @NotNull @Positive Integer ticketNumber,
            @NotBlank @Size(max = 200) String collectedBy,
            @Size(max = 60) String collectorIdNumber,
            @NotBlank @Size(max = 100) String handedOverBy) {
    }

    /** R-LUG-4: the depositor reports the ticket lost with room, name and ticket number. */
    @Schema(example = """
            {"ticketNumber":17,"room":"1203","name":"王小明"}""")
    public record LostTicket(
            @NotNull @Positive Integer ticketNumber,
            @NotBlank @Size(max = 32) String room,
            @NotBlank @Size(max = 200) String name) {
    }
}
