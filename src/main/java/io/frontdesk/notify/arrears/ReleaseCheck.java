package io.frontdesk.notify.arrears;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** R-ARR-6: the desk asked whether large items may leave a unit; who asked, when, the answer, any override. */
@Entity
@Table(name = "release_check")
public class ReleaseCheck extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "asked_by")
    public String askedBy;

    @Column(name = "asked_at")
    public Instant askedAt;

    public boolean allowed;

    /** JSON object currency → amount owed, e.g. {"CNY":"1200.00"}; "{}" when nothing is owed. */
    public String owed;

    @Column(name = "overridden_by")
    public String overriddenBy;

    @Column(name = "overridden_at")
    public Instant overriddenAt;

    @Column(name = "override_reason")
    public String overrideReason;
}
