package io.frontdesk.notify.common.idempotency;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A POST sent with an Idempotency-Key, and (once answered) its answer. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Id.class)
public class IdempotencyKey extends PanacheEntityBase {

    @jakarta.persistence.Id
    public String actor;

    @jakarta.persistence.Id
    public String key;

    public String method;

    public String path;

    /** Null while the first request is still being answered. */
    public Integer status;

    @Column(name = "content_type")
    public String contentType;

    public String body;

    @Column(name = "created_at")
    public Instant createdAt;

    public static class Id implements Serializable {
        public String actor;
        public String key;

        public Id() {
        }

        public Id(String actor, String key) {
            this.actor = actor;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id k && Objects.equals(actor, k.actor) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actor, key);
        }
    }
}
