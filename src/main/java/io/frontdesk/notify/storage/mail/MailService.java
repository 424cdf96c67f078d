package io.frontdesk.notify.storage.mail;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.Unit;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.storage.mail.rest.MailBodies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ordinary mail held at the desk (R-MAIL-2) or for non-residents (R-MAIL-3). Callers hold the transaction. */
@ApplicationScoped
public class MailService {

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /**
     * R-MAIL-2: first check whether the resident moved out or is away; if not, hold the overflow and tell
     * the resident to collect it, daily until they do.
     */
    public Uni<MailHold> holdOverflow(String propertyCode, MailBodies.Overflow request) {
        return calendars.calendarOf(propertyCode).flatMap(calendar -> resident(propertyCode, request.residentId())
                .flatMap(resident -> {
                    LocalDate today = today(calendar);
                    if (!resident.occupiesOn(today)) {
                        throw ProblemException.refused("residentId", resident.name
                                + " has moved out: their mail is for a non-resident (R-MAIL-3)");
                    }
                    return ResidentAway.<ResidentAway>findById(resident.id).map(away -> {
                        if (away != null && !away.awayUntil.isBefore(today)) {
                            throw ProblemException.refused("residentId", resident.name + " is marked away until "
                                    + away.awayUntil + ": leave the mailbox as it is (R-MAIL-2)");
                        }
                        return resident;
                    });
                })
                .flatMap(resident -> {
                    MailHold hold = newHold(propertyCode, resident.unitCode, resident.name, request.pieces(),
                            request.handledBy(), MailHold.Reason.OVERFLOW);
                    hold.residentId = resident.id;
                    return hold.<MailHold>persist().flatMap(saved -> follow(saved, MailKinds.Hold.NAME, Map.of()));
                }));
    }

    /**
     * R-MAIL-3: a former resident with a contact number is phoned and texted to collect; otherwise the desk
     * returns the mail to the post office the next working day.
     */
    public Uni<MailHold> notResident(String propertyCode, MailBodies.NotResident request) {
        return calendars.calendarOf(propertyCode).flatMap(calendar -> Unit
                .count("propertyCode = ?1 and code = ?2", propertyCode, request.unit())
                .flatMap(units -> {
                    if (units == 0) {
                        throw ProblemException.refused("unit", "unit '" + request.unit() + "' is not managed here");
                    }
                    return request.residentId() == null ? Uni.createFrom().<Resident>nullItem()
                            : resident(propertyCode, request.residentId());
                })
                .flatMap(former -> {
                    if (former != null && former.occupiesOn(today(calendar))) {
                        throw ProblemException.conflict("residentId", former.name
                                + " is a current resident: their mail goes to their mailbox");
                    }
                    boolean call = former != null && former.phone != null;
                    MailHold hold = newHold(propertyCode, request.unit(), request.addressee(), request.pieces(),
                            request.handledBy(), MailHold.Reason.NOT_RESIDENT);
                    hold.residentId = call ? former.id : null;
                    Map<String, LocalDate> dates = call ? Map.of()
                            : Map.of("returnOn", calendar.nextWorkingDay(today(calendar)));
                    return hold.<MailHold>persist().flatMap(saved -> follow(saved, MailKinds.Return.NAME, dates));
                }));
    }

    public Uni<MailHold> close(long id, MailBodies.Close request) {
        if (request.outcome() == MailHold.Status.HELD) {
            return Uni.createFrom().failure(ProblemException.badField("outcome", "must be COLLECTED or RETURNED"));
        }
        return find(id).flatMap(hold -> {
            if (hold.status != MailHold.Status.HELD) {
                throw ProblemException.conflict("id", "mail " + id + " is already " + hold.status);
            }
            hold.status = request.outcome();
            hold.closedAt = clock.now();
            hold.closedBy = request.closedBy();
            return followUps.resolve(hold.subjectRef(), request.outcome().name().toLowerCase() + " by " + request.closedBy())
                    .replaceWith(hold);
        });
    }

    /** R-MAIL-2: mark a resident away until a day. */
    public Uni<ResidentAway> markAway(String propertyCode, long residentId, MailBodies.Away request) {
        return resident(propertyCode, residentId).flatMap(resident -> ResidentAway.<ResidentAway>findById(residentId)
                .flatMap(existing -> {
                    ResidentAway away = existing == null ? new ResidentAway() : existing;
                    away.residentId = residentId;
                    away.propertyCode = propertyCode;
                    away.awayUntil = request.until();
                    away.note = request.note();
                    return existing == null ? away.<ResidentAway>persist() : Uni.createFrom().item(away);
                }));
    }

    public Uni<MailHold> find(long id) {
        return MailHold.<MailHold>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("id", "mail " + id));
    }

    public Uni<List<MailHold>> list(String propertyCode, MailHold.Status status) {
        return calendars.calendarOf(propertyCode).flatMap(c -> status == null
                ? MailHold.<MailHold>list("propertyCode = ?1 order by receivedAt desc", propertyCode)
                : MailHold.<MailHold>list("propertyCode = ?1 and status = ?2 order by receivedAt desc", propertyCode, status));
    }

    private Uni<MailHold> follow(MailHold hold, String kind, Map<String, LocalDate> dates) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mailId", hold.id);
        details.put("unit", hold.unitCode);
        details.put("addressee", hold.addressee);
        details.put("pieces", hold.pieces);
        return followUps.open(new OpenFollowUp(hold.propertyCode, kind, hold.subjectRef(), hold.residentId, hold.unitCode,
                details, dates)).map(f -> {
                    hold.followUpId = f.id;
                    return hold;
                });
    }

    private MailHold newHold(String propertyCode, String unit, String addressee, int pieces, String handledBy,
                             MailHold.Reason reason) {
        MailHold hold = new MailHold();
        hold.propertyCode = propertyCode;
        hold.unitCode = unit;
        hold.addressee = addressee;
        hold.pieces = pieces;
        hold.reason = reason;
        hold.receivedAt = clock.now();
        hold.handledBy = handledBy;
        hold.status = MailHold.Status.HELD;
        return hold;
    }

    private static Uni<Resident> resident(String propertyCode, long id) {
        return Resident.<Resident>findById(id).map(r -> {
            if (r == null || !r.propertyCode.equals(propertyCode)) {
                throw ProblemException.refused("residentId", "no resident " + id + " at this property");
            }
            return r;
        });
    }

    private LocalDate today(PropertyCalendar calendar) {
        return clock.now().atZone(calendar.zone()).toLocalDate();
    }
}
