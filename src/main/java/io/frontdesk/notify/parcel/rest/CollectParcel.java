package io.frontdesk.notify.parcel.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-PARCEL-5: the collector signs; the handing staff member is recorded. */
public record CollectParcel(
        @NotBlank @Size(max = 200) String collectedBy,
        @Size(max = 60) String collectorIdNumber,
        @NotBlank @Size(max = 100) String handedOverBy) {
}
