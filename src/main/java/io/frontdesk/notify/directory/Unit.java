package io.frontdesk.notify.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A flat, office or shop of a property, identified by its code within the property (e.g. "1203"). */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    public String code;

    public String description;
}
