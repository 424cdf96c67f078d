package io.frontdesk.notify.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.frontdesk.notify.engine.calendar.DeskHours;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The engine's view of a property's calendar (R-DESK-1 hours, R-DESK-4 working days). */
@ApplicationScoped
public class CalendarService {

    /** Fails with a 404 problem when the property is unknown. Joins the caller's session if there is one. */
    @WithSession
    public Uni<PropertyCalendar> calendarOf(String propertyCode) {
        return Properties.existing(propertyCode)
                .flatMap(property -> CalendarDay.<CalendarDay>list("propertyCode", propertyCode)
                        .map(days -> toCalendar(property, days)));
    }

    private static PropertyCalendar toCalendar(Property property, List<CalendarDay> days) {
        Map<LocalDate, Boolean> exceptions = days.stream()
                .collect(Collectors.toMap(d -> d.day, d -> d.working));
        return new PropertyCalendar(ZoneId.of(property.timeZone), DeskHours.parse(property.weekdayHours),
                DeskHours.parse(property.weekendHours), exceptions);
    }
}
