package io.frontdesk.notify.parcel.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-PARCEL-6: who consented to the desk signing for a courier item, and how (phone call, message, form). */
public record CourierConsent(
        @NotBlank @Size(max = 200) String consentBy,
        @NotBlank @Size(max = 60) String method) {
}
