package io.frontdesk.notify.parcel;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item in the mail delivery log (郵件投送記錄表, R-PARCEL-5), from arrival to hand-over. */
@Entity
@Table(name = "parcel")
public class Parcel extends PanacheEntityBase {

    public enum Status { WAITING, COLLECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "resident_id")
    public Long residentId;

    @Enumerated(EnumType.STRING)
    public ParcelKind kind;

    public String carrier;

    @Column(name = "tracking_number")
    public String trackingNumber;

    public String description;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** R-PARCEL-4: why it was not handed over on the day it arrived. */
    @Column(name = "not_handed_reason")
    public String notHandedReason;

    @Column(name = "collected_at")
    public Instant collectedAt;

    /** Who signed for it (R-PARCEL-5). */
    @Column(name = "collected_by")
    public String collectedBy;

    @Column(name = "collector_id_number")
    public String collectorIdNumber;

    /** The staff member who handed it over. */
    @Column(name = "handed_over_by")
    public String handedOverBy;

    /** R-PARCEL-6: the resident's explicit consent for the desk to sign for a courier item. */
    @Column(name = "courier_consent_at")
    public Instant courierConsentAt;

    @Column(name = "courier_consent_by")
    public String courierConsentBy;

    @Column(name = "courier_consent_method")
    public String courierConsentMethod;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String subjectRef() {
        return subjectRef(id);
    }

    public static String subjectRef(long id) {
        return "parcel:" + id;
    }
}
