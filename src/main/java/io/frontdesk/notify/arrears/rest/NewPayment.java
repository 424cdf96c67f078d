package io.frontdesk.notify.arrears.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Money received, as the billing system reports it; partial payments allowed. */
@Schema(example = "{\"residentId\": 1, \"amount\": \"5000.00\", \"currency\": \"CNY\", \"paidOn\": \"2026-10-20\", "
        + "\"reference\": \"PAY-88123\"}")
public record NewPayment(
        @NotNull Long residentId,
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency,
        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 100) String reference) {
}
