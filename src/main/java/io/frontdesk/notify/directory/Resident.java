package io.frontdesk.notify.directory;

import java.time.LocalDate;
import java.time.LocalTime;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant or resident (客戶、業戶) of a unit, with the ways to reach them. */
@Entity
@Table(name = "resident")
public class Resident extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "property_code")
    public String propertyCode;

    @Column(name = "unit_code")
    public String unitCode;

    public String name;

    /** E.164, normalised with libphonenumber on the way in. */
    public String phone;

    public String email;

    /** zh-CN (default) or en. */
    public String locale;

    /** Preferred channels in order, comma separated (e.g. "SMS,EMAIL"); empty means the policy's order. */
    public String channels;

    @Column(name = "moved_in")
    public LocalDate movedIn;

    @Column(name = "moved_out")
    public LocalDate movedOut;

    @Column(name = "sms_opted_out")
    public boolean smsOptedOut;

    /** The tenant's own quiet hours, on top of the policy's; both null when they have none. */
    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_to")
    public LocalTime quietTo;

    /** Pickup reminders pause until this date (vacation hold); null when none. */
    @Column(name = "vacation_until")
    public LocalDate vacationUntil;

    /** R-PARCEL-2: a current occupant on the given local date. */
    public boolean occupiesOn(LocalDate date) {
        return (movedIn == null || !movedIn.isAfter(date)) && (movedOut == null || movedOut.isAfter(date));
    }
}
