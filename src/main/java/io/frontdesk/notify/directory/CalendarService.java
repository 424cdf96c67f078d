package io.frontdesk.notify.directory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.engine.calendar.DeskHours;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds a property's calendar (zone, desk hours, holidays, 調休) from the directory. */
@ApplicationScoped
public class CalendarService {

    public Uni<PropertyCalendar> calendarOf(String propertyCode) {
        return Property.<Property>findById(propertyCode)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("property", "property " + propertyCode))
                .flatMap(p -> CalendarDay.<CalendarDay>list("propertyCode", propertyCode)
                        .map(days -> {
                            Map<LocalDate, Boolean> exceptions = new HashMap<>();
                            days.forEach(d -> exceptions.put(d.day, d.working));
                            return new PropertyCalendar(ZoneId.of(p.timeZone), DeskHours.parse(p.weekdayHours),
                                    DeskHours.parse(p.weekendHours), exceptions);
                        }));
    }
}
