package io.frontdesk.notify.storage.item;

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

/** An item left at the front desk 物品暫存, logged and labelled (R-ITEM-1). */
@Entity
@Table(name = "left_item")
public class LeftItem extends PanacheEntityBase {

    public enum Status { HELD, COLLECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "owner_name")
    public String ownerName;

    public String description;

    /** Who the owner or depositor named to collect it. */
    @Column(name = "designated_collector")
    public String designatedCollector;

    @Column(name = "depositor_name")
    public String depositorName;

    @Column(name = "depositor_phone")
    public String depositorPhone;

    @Column(name = "depositor_email")
    public String depositorEmail;

    @Column(name = "depositor_locale")
    public String depositorLocale;

    /** R-ITEM-3: past this date the depositor is contacted. */
    @Column(name = "expected_on")
    public LocalDate expectedOn;

    @Column(name = "logged_at")
    public Instant loggedAt;

    @Column(name = "handled_by")
    public String handledBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "collected_at")
    public Instant collectedAt;

    @Column(name = "collected_by")
    public String collectedBy;

    /** R-ITEM-2: the ID shown by a collector who is not a resident. */
    @Column(name = "collector_id_number")
    public String collectorIdNumber;

    @Column(name = "handed_over_by")
    public String handedOverBy;

    @Column(name = "follow_up_id")
    public Long followUpId;

    /** The label on the item. */
    public String label() {
        return "I-" + id;
    }

    public String subjectRef() {
        return "left-item:" + id;
    }
}
