package io.frontdesk.notify.directory.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UnitBody(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[^/\\s]*", message = "must not contain spaces or '/'") String code,
        @Size(max = 200) String description) {
}
