package io.frontdesk.notify.directory.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A resident as sent by a client, alone or as a row of a bulk import. Dates and channels are read as text
 * and checked by {@link DirectoryChecks}, so that a bulk import can report every bad row at once instead of
 * stopping at the first value JSON parsing rejects.
 */
public record ResidentBody(
        @NotBlank @Size(max = 32) String unit,
        @NotBlank @Size(max = 200) String name,
        @Schema(examples = "138 0013 8000") String phone,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale,
        @Schema(description = "SMS, VOICE, EMAIL in order of preference") List<String> channels,
        @Schema(format = "date") String movedIn,
        @Schema(format = "date") String movedOut) {
}
