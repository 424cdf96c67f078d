package io.frontdesk.notify.engine.policy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A manager's policy for one kind at one property; without one, the kind's default applies. */
@Entity
@Table(name = "policy")
@IdClass(StoredPolicy.Key.class)
public class StoredPolicy extends PanacheEntityBase {

    @Id
    @Column(name = "property_code")
    public String propertyCode;

    @Id
    public String kind;

    /** The {@link Policy} as JSON. */
    public String document;

    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static class Key implements Serializable {
        public String propertyCode;
        public String kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(propertyCode, k.propertyCode) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(propertyCode, kind);
        }
    }
}
