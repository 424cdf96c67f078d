package io.frontdesk.notify.storage.mail;

import java.time.LocalDate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** R-MAIL-2: a resident marked away; their full mailbox is left alone until they are back. */
@Entity
@Table(name = "resident_away")
public class ResidentAway extends PanacheEntityBase {

    @Id
    @Column(name = "resident_id")
    public Long residentId;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "away_until")
    public LocalDate awayUntil;

    public String note;
}
