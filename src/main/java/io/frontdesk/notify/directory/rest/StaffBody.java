package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.engine.policy.Audience;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record StaffBody(
        @NotNull Audience role,
        @NotBlank @Size(max = 200) String name,
        String phone,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale) {
}
