package io.frontdesk.notify.directory;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A managed building or compound: its time zone and staffed front-desk hours (R-DESK-1). */
@Entity
@Table(name = "property")
public class Property extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    /** e.g. "08:20-12:00,14:30-18:00"; see {@link io.frontdesk.notify.engine.calendar.DeskHours}. */
    @Column(name = "weekday_hours")
    public String weekdayHours;

    @Column(name = "weekend_hours")
    public String weekendHours;

    @Column(name = "created_at")
    public Instant createdAt;
}
