package io.frontdesk.notify.pass.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.common.rest.ContactBody;
import io.frontdesk.notify.pass.AccessPass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the pass desk. */
public final class PassBodies {

    private PassBodies() {
    }

    /** R-PASS-1: a new pass. Money as decimal text with a currency code. */
    @Schema(example = """
            {"kind":"CONSTRUCTION","holder":{"name":"赵工","phone":"139 0013 9001","locale":"zh-CN"},
             "company":"华建装饰","companyContact":{"name":"钱经理","phone":"139 0013 9002","email":"qian@huajian.example"},
             "deposit":"200.00","fee":"20.00","currency":"CNY","validFrom":"2026-09-01","validUntil":"2026-10-12",
             "issuedBy":"desk-anna"}""")
    public record Issue(
            @NotNull AccessPass.Kind kind,
            @NotNull @Valid ContactBody holder,
            @NotBlank @Size(max = 200) String company,
            @Valid ContactBody companyContact,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal deposit,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal fee,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil,
            @NotBlank @Size(max = 100) String issuedBy) {
    }

    /** R-PASS-3: the renewal's new last valid day and fee. */
    @Schema(example = """
            {"validUntil":"2026-11-30","fee":"20.00","issuedBy":"desk-anna"}""")
    public record Renew(
            @NotNull LocalDate validUntil,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal fee,
            @NotBlank @Size(max = 100) String issuedBy) {
    }

    /** R-PASS-4: the pass was lost. */
    @Schema(example = """
            {"reason":"lost on site, reported by the holder","reportedBy":"desk-anna"}""")
    public record Lost(@NotBlank @Size(max = 300) String reason, @NotBlank @Size(max = 100) String reportedBy) {
    }
}
