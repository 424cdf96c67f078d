package io.frontdesk.notify.storage.luggage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.followup.Contact;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.storage.luggage.rest.LuggageBodies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;

/** The luggage desk: deposit, move to the storeroom, collection and lost tickets. Callers hold the transaction. */
@ApplicationScoped
public class LuggageService {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The result of presenting a ticket: the collected piece, or a refusal to answer after the alert is stored. */
    public record Collection(Luggage luggage, ProblemException refusal) {
    }

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /** R-LUG-1, R-LUG-2: a numbered ticket, and a follow-up that comes due when the storage gets long. */
    public Uni<Luggage> deposit(String propertyCode, LuggageBodies.Deposit request) {
        if (request.residentId() == null && request.depositor() == null) {
            return Uni.createFrom().failure(ProblemException.badField("depositor",
                    "give residentId for a resident, or the depositor's name and phone for a guest"));
        }
        Contact guest = request.depositor() == null ? null : request.depositor().toContact("depositor");
        if (request.expectedPeriod().isNegative() || request.expectedPeriod().isZero()) {
            return Uni.createFrom().failure(ProblemException.badField("expectedPeriod", "must be positive, e.g. PT36H"));
        }
        Instant now = clock.now();
        return calendars.calendarOf(propertyCode).flatMap(calendar -> depositorResident(propertyCode, request)
                .flatMap(resident -> lastTicket(propertyCode)
                        .flatMap(last -> {
                            Luggage l = new Luggage();
                            l.propertyCode = propertyCode;
                            l.ticketNumber = last == null ? 1 : last.ticketNumber + 1;
                            l.unitCode = resident != null ? resident.unitCode : request.unit();
                            l.residentId = resident == null ? null : resident.id;
                            Contact who = resident != null
                                    ? new Contact(resident.name, resident.phone, resident.email, resident.locale)
                                    : guest;
                            l.depositorName = who.name();
                            l.depositorPhone = who.phone();
                            l.depositorEmail = who.email();
                            l.depositorLocale = who.locale();
                            l.size = request.size();
                            l.pieces = request.pieces() == null ? 1 : request.pieces();
                            l.description = request.description();
                            l.location = request.location();
                            l.expectedUntil = now.plus(request.expectedPeriod());
                            l.depositedAt = now;
                            l.depositedBy = request.depositedBy();
                            l.status = Luggage.Status.STORED;
                            return l.<Luggage>persist();
                        })
                        .flatMap(saved -> followUps.open(new OpenFollowUp(propertyCode, LuggageKinds.forSize(saved.size),
                                        saved.subjectRef(), saved.residentId, saved.unitCode, details(saved, calendar.zone()),
                                        Map.of(), saved.residentId == null ? List.of(depositor(saved)) : List.of()))
                                .map(followUp -> {
                                    saved.followUpId = followUp.id;
                                    return saved;
                                }))));
    }

    /**
     * The property's latest luggage, read with the property's row locked until the transaction ends, so that
     * deposits at the same moment queue for their numbers instead of taking the same one (R-LUG-1).
     */
    private static Uni<Luggage> lastTicket(String propertyCode) {
        return Property.find("code", propertyCode).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .flatMap(property -> Luggage.<Luggage>find("propertyCode = ?1 order by ticketNumber desc", propertyCode)
                        .firstResult());
    }

    /** R-LUG-2: the move to the storeroom is recorded and the desk's task ends. */
    public Uni<Luggage> moveToStoreroom(long id, LuggageBodies.Move request) {
        return stored(id).flatMap(l -> {
            l.movedAt = clock.now();
            l.movedBy = request.movedBy();
            l.location = request.location();
            return followUps.resolve(l.subjectRef(), "moved to the storeroom by " + request.movedBy()).replaceWith(l);
        });
    }

    /**
     * R-LUG-3: the ticket number identifies the piece; a collector who is not the depositor shows ID.
     * R-LUG-4: a ticket reported lost is refused and security is alerted at once; the alert is kept even
     * though the answer is a refusal, so the caller commits before raising {@link Collection#refusal()}.
     */
    public Uni<Collection> collect(String propertyCode, LuggageBodies.Collect request) {
        return byTicket(propertyCode, request.ticketNumber()).flatMap(l -> {
            if (l.ticketLostAt != null) {
                return alertSecurity(l, request).map(v -> new Collection(null, ProblemException.refused("ticketNumber",
                        "ticket " + l.ticketNumber + " was reported lost: hold the person presenting it at the desk;"
                                + " security has been alerted (R-LUG-4)")));
            }
            if (l.status != Luggage.Status.STORED) {
                return Uni.createFrom().failure(ProblemException.conflict("ticketNumber",
                        "the luggage of ticket " + l.ticketNumber + " was already collected"));
            }
            boolean depositor = l.depositorName.equalsIgnoreCase(request.collectedBy().strip());
            if (!depositor && (request.collectorIdNumber() == null || request.collectorIdNumber().isBlank())) {
                return Uni.createFrom().failure(ProblemException.badField("collectorIdNumber",
                        "the collector is not the depositor " + l.depositorName + ": record their ID (R-LUG-3)"));
            }
            l.status = Luggage.Status.COLLECTED;
            l.collectedAt = clock.now();
            l.collectedBy = request.collectedBy();
            l.collectorIdNumber = request.collectorIdNumber();
            l.handedOverBy = request.handedOverBy();
            return followUps.resolve(l.subjectRef(), "collected by " + request.collectedBy())
                    .replaceWith(new Collection(l, null));
        });
    }

    /**
     * R-LUG-4: the ticket is marked lost. When the luggage was already taken with it, the depositor and
     * security are told.
     */
    public Uni<Luggage> reportLostTicket(String propertyCode, LuggageBodies.LostTicket request) {
        return byTicket(propertyCode, request.ticketNumber()).flatMap(l -> {
            if (l.ticketLostAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("ticketNumber",
                        "ticket " + l.ticketNumber + " was already reported lost"));
            }
            if (!l.depositorName.equalsIgnoreCase(request.name().strip())) {
                return Uni.createFrom().failure(ProblemException.refused("name",
                        "ticket " + l.ticketNumber + " was not issued to " + request.name()));
            }
            l.ticketLostAt = clock.now();
            l.ticketLostBy = request.name() + " (" + request.room() + ")";
            if (l.status == Luggage.Status.STORED) {
                return Uni.createFrom().item(l);
            }
            return calendars.calendarOf(propertyCode).flatMap(calendar -> {
                Map<String, Object> details = details(l, calendar.zone());
                details.put("collectedBy", l.collectedBy);
                details.put("collected", LOCAL_TIME.format(l.collectedAt.atZone(calendar.zone())));
                return followUps.open(new OpenFollowUp(propertyCode, LuggageKinds.TakenWithLostTicket.NAME,
                        l.subjectRef() + ":taken", l.residentId, l.unitCode, details, Map.of(),
                        l.residentId == null ? List.of(depositor(l)) : List.of()));
            }).replaceWith(l);
        });
    }

    public Uni<Luggage> find(long id) {
        return Luggage.<Luggage>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("id", "luggage " + id));
    }

    public Uni<List<Luggage>> list(String propertyCode, Luggage.Status status) {
        return calendars.calendarOf(propertyCode).flatMap(c -> status == null
                ? Luggage.<Luggage>list("propertyCode = ?1 order by ticketNumber desc", propertyCode)
                : Luggage.<Luggage>list("propertyCode = ?1 and status = ?2 order by ticketNumber desc", propertyCode, status));
    }

    private Uni<Void> alertSecurity(Luggage l, LuggageBodies.Collect request) {
        Instant now = clock.now();
        return calendars.calendarOf(l.propertyCode).flatMap(calendar -> {
            Map<String, Object> details = details(l, calendar.zone());
            details.put("presentedBy", request.collectedBy());
            details.put("presented", LOCAL_TIME.format(now.atZone(calendar.zone())));
            details.put("desk", request.handedOverBy());
            return followUps.open(new OpenFollowUp(l.propertyCode, LuggageKinds.LostTicketPresented.NAME,
                    l.subjectRef() + ":presented:" + now.toEpochMilli(), null, l.unitCode, details, Map.of()));
        }).replaceWithVoid();
    }

    private Uni<Resident> depositorResident(String propertyCode, LuggageBodies.Deposit request) {
        if (request.residentId() == null) {
            return Uni.createFrom().nullItem();
        }
        return Resident.<Resident>findById(request.residentId()).map(r -> {
            if (r == null || !r.propertyCode.equals(propertyCode)
                    || (request.unit() != null && !r.unitCode.equals(request.unit()))) {
                throw ProblemException.refused("residentId", "no resident " + request.residentId()
                        + (request.unit() == null ? "" : " in unit " + request.unit()) + " at this property");
            }
            return r;
        });
    }

    private Uni<Luggage> byTicket(String propertyCode, int ticket) {
        return calendars.calendarOf(propertyCode)
                .flatMap(c -> Luggage.<Luggage>find("propertyCode = ?1 and ticketNumber = ?2", propertyCode, ticket)
                        .<Luggage>firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("ticketNumber", "ticket " + ticket));
    }

    private Uni<Luggage> stored(long id) {
        return find(id).map(l -> {
            if (l.status != Luggage.Status.STORED) {
                throw ProblemException.conflict("id", "luggage " + id + " was already collected");
            }
            return l;
        });
    }

    private static Contact depositor(Luggage l) {
        return new Contact(l.depositorName, l.depositorPhone, l.depositorEmail, l.depositorLocale);
    }

    /** What the message templates show about the piece. */
    private static Map<String, Object> details(Luggage l, ZoneId zone) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("luggageId", l.id);
        details.put("ticket", l.ticketNumber);
        details.put("unit", l.unitCode == null ? "" : l.unitCode);
        details.put("depositor", l.depositorName);
        details.put("sizeZh", l.size == Luggage.Size.LARGE ? "大件" : "小件");
        details.put("sizeEn", l.size == Luggage.Size.LARGE ? "large" : "small");
        details.put("pieces", l.pieces);
        details.put("location", l.location);
        details.put("deposited", LOCAL_TIME.format(l.depositedAt.atZone(zone)));
        details.put("expectedUntil", LOCAL_TIME.format(l.expectedUntil.atZone(zone)));
        return details;
    }
}
