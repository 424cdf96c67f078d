package io.frontdesk.notify.parcel.rest;

import io.frontdesk.notify.parcel.ParcelKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The front desk registers an arrival (R-PARCEL-1, R-PARCEL-5). */
public record RegisterParcel(
        @NotBlank @Size(max = 32) String unit,
        @NotNull Long residentId,
        @NotNull ParcelKind kind,
        @Size(max = 60) String carrier,
        @Size(max = 100) String trackingNumber,
        @Size(max = 300) String description,
        @NotBlank @Size(max = 100) String registeredBy) {
}
