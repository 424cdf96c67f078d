package io.frontdesk.notify.arrears.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-ARR-6: a manager lets items leave despite what is owed, and says why. */
@Schema(example = "{\"reason\": \"Balance guaranteed by the parent company, letter filed 2026-11-20\"}")
public record ReleaseOverride(@NotBlank @Size(max = 500) String reason) {
}
