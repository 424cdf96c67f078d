package io.frontdesk.notify.directory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * R-DESK-4: a day that breaks the weekday/weekend rule at one property: a public holiday
 * ({@code working = false}) or a weekend day declared a working day, 調休 ({@code working = true}).
 */
@Entity
@Table(name = "calendar_day")
@IdClass(CalendarDay.Key.class)
public class CalendarDay extends PanacheEntityBase {

    @Id
    @Column(name = "property_code")
    public String propertyCode;

    @Id
    public LocalDate day;

    public boolean working;

    public String name;

    public static class Key implements Serializable {
        public String propertyCode;
        public LocalDate day;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(propertyCode, k.propertyCode) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(propertyCode, day);
        }
    }
}
