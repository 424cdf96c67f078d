package io.frontdesk.notify.pass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An access pass 證件 with its holder, company, deposit, fee and validity (R-PASS-1). */
@Entity
@Table(name = "access_pass")
public class AccessPass extends PanacheEntityBase {

    /** R-PASS-1: the four kinds. */
    public enum Kind {
        CONSTRUCTION("施工证", "construction pass"),
        IDENTITY("身份确认卡", "identity card"),
        TEMPORARY("临时证", "temporary pass"),
        CONTRACTOR("专业公司胸卡", "contractor badge");

        public final String chinese;
        public final String english;

        Kind(String chinese, String english) {
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** ISSUED until replaced by a renewal (REVOKED, R-PASS-3) or declared void when lost (VOID, R-PASS-4). */
    public enum Status { ISSUED, REVOKED, VOID }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "holder_phone")
    public String holderPhone;

    @Column(name = "holder_email")
    public String holderEmail;

    @Column(name = "holder_locale")
    public String holderLocale;

    public String company;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_locale")
    public String contactLocale;

    @Column(name = "deposit_amount")
    public BigDecimal depositAmount;

    @Column(name = "fee_amount")
    public BigDecimal feeAmount;

    public String currency;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day the pass is valid; it lapses the day after (R-PASS-5). */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "replaces_id")
    public Long replacesId;

    @Column(name = "replaced_by_id")
    public Long replacedById;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "void_reason")
    public String voidReason;

    /** R-PASS-4: the deposit of a lost pass is kept. */
    @Column(name = "deposit_kept")
    public boolean depositKept;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String subjectRef() {
        return "pass:" + id;
    }

    /** R-PASS-5: an issued pass is valid through its last day. */
    public boolean validOn(LocalDate date) {
        return status == Status.ISSUED && !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
