package io.frontdesk.notify.directory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

/** A staff member who receives escalations for a role at a property (supervisor, security, …). */
@Entity
@Table(name = "staff_contact")
public class StaffContact extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    /** A staff role of {@link io.frontdesk.notify.engine.policy.Audience}, e.g. SUPERVISOR. */
    public String role;

    public String name;

    public String phone;

    public String email;

    public String locale;
}
