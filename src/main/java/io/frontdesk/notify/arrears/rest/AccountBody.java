package io.frontdesk.notify.arrears.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** A tenant's account as the billing system sets it: the deposit held and the currency billed in. */
@Schema(example = "{\"depositMonths\": 2, \"currency\": \"CNY\"}")
public record AccountBody(
        @NotNull @PositiveOrZero @Max(24) Integer depositMonths,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency) {
}
