package io.frontdesk.notify.storage.luggage;

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

/** A stored piece of luggage with its two-part claim ticket 行李認領單 (R-LUG-1). */
@Entity
@Table(name = "luggage")
public class Luggage extends PanacheEntityBase {

    /** R-LUG-2: large pieces go to the storeroom after 24 hours, small ones after a week (policy defaults). */
    public enum Size { LARGE, SMALL }

    public enum Status { STORED, COLLECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    /** Printed on both parts of the ticket; unique per property. */
    @Column(name = "ticket_number")
    public int ticketNumber;

    @Column(name = "unit_code")
    public String unitCode;

    /** The depositor when they are a resident; otherwise only the depositor fields below. */
    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "depositor_name")
    public String depositorName;

    @Column(name = "depositor_phone")
    public String depositorPhone;

    @Column(name = "depositor_email")
    public String depositorEmail;

    @Column(name = "depositor_locale")
    public String depositorLocale;

    @Enumerated(EnumType.STRING)
    public Size size;

    public int pieces;

    public String description;

    public String location;

    @Column(name = "expected_until")
    public Instant expectedUntil;

    @Column(name = "deposited_at")
    public Instant depositedAt;

    @Column(name = "deposited_by")
    public String depositedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** R-LUG-2: when and by whom it was moved to the storeroom 客用儲物間. */
    @Column(name = "moved_at")
    public Instant movedAt;

    @Column(name = "moved_by")
    public String movedBy;

    @Column(name = "collected_at")
    public Instant collectedAt;

    @Column(name = "collected_by")
    public String collectedBy;

    /** R-LUG-3: recorded when the collector is not the depositor. */
    @Column(name = "collector_id_number")
    public String collectorIdNumber;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    /** R-LUG-4: the ticket was reported lost 掛失. */
    @Column(name = "ticket_lost_at")
    public Instant ticketLostAt;

    @Column(name = "ticket_lost_by")
    public String ticketLostBy;

    @Column(name = "follow_up_id")
    public Long followUpId;

    public String subjectRef() {
        return "luggage:" + id;
    }
}
