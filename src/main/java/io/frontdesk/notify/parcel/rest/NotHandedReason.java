package io.frontdesk.notify.parcel.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** R-PARCEL-4: why the item was not handed over on the day it arrived. */
public record NotHandedReason(@NotBlank @Size(max = 300) String reason) {
}
