package io.frontdesk.notify.directory.rest;

import java.util.List;

/** What an import replaced: the years, and how many holidays and swapped working days they now have. */
public record CalendarImportResult(String property, List<Integer> years, int holidays, int workingDays) {
}
