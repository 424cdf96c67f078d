package io.frontdesk.notify.directory.holidays;

import java.time.LocalDate;

/** R-DESK-4: one day of a published holiday arrangement, whatever format it came in. */
public record DeclaredDay(LocalDate date, boolean working, String name) {
}
