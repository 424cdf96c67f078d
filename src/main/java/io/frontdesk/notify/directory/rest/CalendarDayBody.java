package io.frontdesk.notify.directory.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** R-DESK-4: {@code working: false} declares a holiday, {@code true} a swapped working day (調休). */
public record CalendarDayBody(@NotNull Boolean working, @Size(max = 100) String name) {
}
