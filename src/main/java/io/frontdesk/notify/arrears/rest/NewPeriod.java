package io.frontdesk.notify.arrears.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.arrears.BillingKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A bill from the billing system (大廈交款通知 line, R-ARR-1). */
@Schema(example = "{\"residentId\": 1, \"kind\": \"RENT\", \"period\": \"2026-10\", \"amount\": \"12000.00\", "
        + "\"currency\": \"CNY\", \"dueDate\": \"2026-10-10\", \"reference\": \"BILL-2026-10-1203-R\"}")
public record NewPeriod(
        @NotNull Long residentId,
        @NotNull BillingKind kind,
        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "the month billed, yyyy-MM") String period,
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as CNY") String currency,
        @NotNull LocalDate dueDate,
        @NotBlank @Size(max = 100) String reference) {
}
