package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import io.frontdesk.notify.common.security.Roles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarDay;
import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.holidays.BundledHolidays;
import io.frontdesk.notify.directory.holidays.DeclaredDay;
import io.frontdesk.notify.directory.holidays.HolidayCnYear;
import io.frontdesk.notify.directory.holidays.ICalendarDays;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * R-DESK-4: a property's public holidays and swapped working days (調休). Weekdays and weekends need no
 * entry; only the days that break that rule are stored.
 */
@Path("/api/properties/{code}/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    DirectoryChecks checks;

    @Inject
    BundledHolidays bundled;

    /** The declared days of one year, or of all years when {@code year} is left out. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.SUPERVISOR, Roles.MANAGER, Roles.SECURITY})
    @GET
    @WithSession
    public Uni<CalendarView> list(@PathParam("code") String code, @QueryParam("year") Integer year) {
        return Properties.existing(code)
                .flatMap(p -> year == null
                        ? CalendarDay.<CalendarDay>list("propertyCode", Sort.by("day"), code)
                        : CalendarDay.<CalendarDay>list("propertyCode = ?1 and year(day) = ?2", Sort.by("day"), code, year))
                .map(days -> new CalendarView(code, year, days.stream().map(CalendarView.Day::of).toList()));
    }

    @RolesAllowed(Roles.MANAGER)
    @PUT
    @Path("days/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<CalendarView.Day> declare(@PathParam("code") String code, @PathParam("date") String date,
                                        CalendarDayBody body) {
        LocalDate day = DirectoryChecks.date("date", date);
        DirectoryChecks.requireNone(checks.violations("", body));
        return Properties.existing(code)
                .flatMap(p -> CalendarDay.<CalendarDay>findById(key(code, day)))
                .flatMap(existing -> {
                    CalendarDay entry = existing != null ? existing : newDay(code, day);
                    entry.working = body.working();
                    entry.name = body.name();
                    return existing != null ? Uni.createFrom().item(entry) : entry.<CalendarDay>persist();
                })
                .map(CalendarView.Day::of);
    }

    @RolesAllowed(Roles.MANAGER)
    @DELETE
    @Path("days/{date}")
    @WithTransaction
    public Uni<Void> undeclare(@PathParam("code") String code, @PathParam("date") String date) {
        LocalDate day = DirectoryChecks.date("date", date);
        return Properties.existing(code)
                .flatMap(p -> CalendarDay.deleteById(key(code, day)))
                .flatMap(deleted -> deleted ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(ProblemException.notFound("date", "calendar day " + day)));
    }

    /** A year in holiday-cn JSON ({@code 2026.json}) replaces that year's declared days. */
    @RolesAllowed(Roles.MANAGER)
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<CalendarImportResult> importJson(@PathParam("code") String code, HolidayCnYear body) {
        if (body == null) {
            throw ProblemException.badField("body", "is required");
        }
        DirectoryChecks.requireNone(body.problems());
        return replaceYears(code, Set.of(body.year()), body.declaredDays());
    }

    /** An iCalendar file ({@code 2026.ics}) replaces the declared days of every year its events touch. */
    @RolesAllowed(Roles.MANAGER)
    @POST
    @Path("import")
    @Consumes(TEXT_CALENDAR)
    @WithTransaction
    public Uni<CalendarImportResult> importICalendar(@PathParam("code") String code, byte[] body) {
        List<DeclaredDay> days;
        try {
            // RFC 5545: iCalendar text is UTF-8 whatever charset a client may claim.
            days = ICalendarDays.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("body", e.getMessage());
        }
        Set<LocalDate> seen = new HashSet<>();
        for (DeclaredDay day : days) {
            if (!seen.add(day.date())) {
                throw ProblemException.badField("body", day.date() + " is covered by two events");
            }
        }
        return replaceYears(code, new TreeSet<>(days.stream().map(d -> d.date().getYear()).toList()), days);
    }

    /** The bundled mainland-China arrangement of {@code year} (State Council data via holiday-cn). */
    @RolesAllowed(Roles.MANAGER)
    @POST
    @Path("import-default")
    @WithTransaction
    public Uni<CalendarImportResult> importDefault(@PathParam("code") String code, @QueryParam("year") Integer year) {
        if (year == null) {
            throw ProblemException.badField("year", "is required, one of " + bundled.years());
        }
        HolidayCnYear data = bundled.mainlandChina(year)
                .orElseThrow(() -> ProblemException.badField("year", "no bundled data for " + year + "; available: " + bundled.years()));
        return replaceYears(code, Set.of(year), data.declaredDays());
    }

    private Uni<CalendarImportResult> replaceYears(String code, Set<Integer> years, List<DeclaredDay> days) {
        List<CalendarDay> rows = days.stream().map(d -> {
            CalendarDay row = newDay(code, d.date());
            row.working = d.working();
            row.name = d.name();
            return row;
        }).toList();
        int working = (int) days.stream().filter(DeclaredDay::working).count();
        return Properties.existing(code)
                .flatMap(p -> CalendarDay.delete("propertyCode = ?1 and year(day) in ?2", code, years))
                .flatMap(deleted -> Rows.persistAll(rows))
                .map(v -> new CalendarImportResult(code, List.copyOf(new TreeSet<>(years)), rows.size() - working, working));
    }

    private static CalendarDay newDay(String code, LocalDate day) {
        CalendarDay row = new CalendarDay();
        row.propertyCode = code;
        row.day = day;
        return row;
    }

    private static CalendarDay.Key key(String code, LocalDate day) {
        CalendarDay.Key key = new CalendarDay.Key();
        key.propertyCode = code;
        key.day = day;
        return key;
    }
}
