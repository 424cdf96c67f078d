package io.frontdesk.notify.messaging;

import io.frontdesk.notify.parcel.ParcelKind;
import io.frontdesk.notify.parcel.rest.RegisterParcel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A locker's report of a parcel put in for a resident (channel {@code parcel-arrivals}). {@code messageId} is
 * the sender's id of this report: a redelivery with the same id registers nothing twice.
 */
public record ParcelArrival(
        @NotBlank @Size(max = 200) String messageId,
        @NotBlank @Size(max = 32) String property,
        String unit,
        Long residentId,
        ParcelKind kind,
        String carrier,
        String trackingNumber,
        String description,
        String registeredBy) {

    /** The same request the front desk posts; its constraints are checked as for POST …/parcels. */
    RegisterParcel registration() {
        return new RegisterParcel(unit, residentId, kind, carrier, trackingNumber, description, registeredBy);
    }
}
