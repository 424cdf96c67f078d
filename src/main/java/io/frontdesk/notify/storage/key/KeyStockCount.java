package io.frontdesk.notify.storage.key;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** R-KEY-3: a count of the key stock. */
@Entity
@Table(name = "key_stock_count")
public class KeyStockCount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "counted_at")
    public Instant countedAt;

    @Column(name = "counted_by")
    public String countedBy;

    @Column(name = "keys_counted")
    public int keysCounted;

    public String note;
}
