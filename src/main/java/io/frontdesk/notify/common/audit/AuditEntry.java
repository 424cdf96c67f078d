package io.frontdesk.notify.common.audit;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One staff action: who did what, when, to which property, with the request's values. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;

    /** The token's subject. */
    public String actor;

    public String roles;

    @Column(name = "property_code")
    public String propertyCode;

    /** Resource and method, e.g. ParcelResource.collect. */
    public String action;

    public String method;

    public String path;

    /** The request's parameters and body as JSON (cut at a few kilobytes). */
    public String details;
}
