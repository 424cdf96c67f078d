package io.frontdesk.notify.parcel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.Unit;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.parcel.rest.CollectParcel;
import io.frontdesk.notify.parcel.rest.CourierConsent;
import io.frontdesk.notify.parcel.rest.RegisterParcel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The parcel desk: registration, acknowledgement, consent and hand-over. Callers hold the transaction. */
@ApplicationScoped
public class ParcelService {

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /** R-PARCEL-1, R-PARCEL-2: accept only for a current occupant of the unit, and tell them at once. */
    public Uni<Parcel> register(String propertyCode, RegisterParcel request) {
        Instant now = clock.now();
        return calendars.calendarOf(propertyCode).flatMap(calendar -> Unit
                .count("propertyCode = ?1 and code = ?2", propertyCode, request.unit())
                .flatMap(units -> {
                    if (units == 0) {
                        return Uni.createFrom().failure(ProblemException.refused("unit",
                                "unit '" + request.unit() + "' is not managed here; the courier takes the item back (R-PARCEL-2)"));
                    }
                    return Resident.<Resident>findById(request.residentId());
                })
                .flatMap(resident -> {
                    LocalDate today = now.atZone(calendar.zone()).toLocalDate();
                    if (resident == null || !resident.propertyCode.equals(propertyCode)
                            || !resident.unitCode.equals(request.unit())) {
                        return Uni.createFrom().failure(ProblemException.refused("residentId",
                                "no resident " + request.residentId() + " in unit " + request.unit()
                                        + "; the courier takes the item back (R-PARCEL-2)"));
                    }
                    if (!resident.occupiesOn(today)) {
                        return Uni.createFrom().failure(ProblemException.refused("residentId",
                                resident.name + " is not a current occupant of unit " + request.unit()
                                        + "; the courier takes the item back (R-PARCEL-2)"));
                    }
                    Parcel parcel = new Parcel();
                    parcel.propertyCode = propertyCode;
                    parcel.unitCode = request.unit();
                    parcel.residentId = resident.id;
                    parcel.kind = request.kind();
                    parcel.carrier = request.carrier();
                    parcel.trackingNumber = request.trackingNumber();
                    parcel.description = request.description();
                    parcel.registeredBy = request.registeredBy();
                    parcel.arrivedAt = now;
                    parcel.status = Parcel.Status.WAITING;
                    return parcel.<Parcel>persist()
                            .flatMap(saved -> followUps.open(new OpenFollowUp(propertyCode, ParcelFollowUpKind.NAME,
                                    saved.subjectRef(), resident.id, saved.unitCode, details(saved, calendar.zone()), Map.of())))
                            .map(followUp -> {
                                parcel.followUpId = followUp.id;
                                return parcel;
                            });
                }));
    }

    /** R-PARCEL-3: the recipient was reached; the rest of today's retries stop. */
    public Uni<Parcel> acknowledge(long id) {
        return waiting(id).call(parcel -> FollowUp.<FollowUp>findById(parcel.followUpId)
                .flatMap(followUps::acknowledge));
    }

    /** R-PARCEL-5: who collected, when, and who handed it over; every planned reminder is cancelled. */
    public Uni<Parcel> collect(long id, CollectParcel request) {
        return waiting(id).flatMap(parcel -> {
            parcel.status = Parcel.Status.COLLECTED;
            parcel.collectedAt = clock.now();
            parcel.collectedBy = request.collectedBy();
            parcel.collectorIdNumber = request.collectorIdNumber();
            parcel.handedOverBy = request.handedOverBy();
            return followUps.resolve(parcel.subjectRef(), "collected by " + request.collectedBy()).replaceWith(parcel);
        });
    }

    /** R-PARCEL-6: the desk may sign for a courier item only with the resident's recorded consent. */
    public Uni<Parcel> recordCourierConsent(long id, CourierConsent request) {
        return find(id).map(parcel -> {
            if (parcel.kind != ParcelKind.COURIER) {
                throw ProblemException.conflict("kind", "consent to sign applies to courier items; this is " + parcel.kind);
            }
            parcel.courierConsentAt = clock.now();
            parcel.courierConsentBy = request.consentBy();
            parcel.courierConsentMethod = request.method();
            return parcel;
        });
    }

    /** R-PARCEL-4: why the item was not handed over on its day of arrival. */
    public Uni<Parcel> noteNotHandedReason(long id, String reason) {
        return waiting(id).map(parcel -> {
            parcel.notHandedReason = reason;
            return parcel;
        });
    }

    public Uni<Parcel> find(long id) {
        return Parcel.<Parcel>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("id", "parcel " + id));
    }

    /** Lists a property's parcels, newest first; {@code minAgeDays} keeps those that arrived at least that long ago. */
    public Uni<List<Parcel>> list(String propertyCode, Parcel.Status status, String unit, Integer minAgeDays) {
        StringBuilder query = new StringBuilder("propertyCode = :property");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("property", propertyCode);
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (unit != null) {
            query.append(" and unitCode = :unit");
            params.put("unit", unit);
        }
        if (minAgeDays != null) {
            query.append(" and arrivedAt <= :arrivedBefore");
            params.put("arrivedBefore", clock.now().minus(Duration.ofDays(minAgeDays)));
        }
        return calendars.calendarOf(propertyCode)
                .flatMap(c -> Parcel.<Parcel>list(query + " order by arrivedAt desc, id desc", params));
    }

    /**
     * R-PARCEL-7: the supervisor's list, every item still waiting whose arrival date is at least
     * {@code days} days before the given date in the property's zone.
     */
    public Uni<List<Parcel>> uncollectedSince(String propertyCode, LocalDate asOf, int days) {
        return calendars.calendarOf(propertyCode).flatMap(calendar -> {
            Instant arrivedBefore = asOf.minusDays(days - 1L).atStartOfDay(calendar.zone()).toInstant();
            return Parcel.<Parcel>list("propertyCode = ?1 and status = ?2 and arrivedAt < ?3 order by arrivedAt, id",
                    propertyCode, Parcel.Status.WAITING, arrivedBefore);
        });
    }

    public Uni<Property> property(String code) {
        return Property.<Property>findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("code", "property " + code));
    }

    private Uni<Parcel> waiting(long id) {
        return find(id).map(parcel -> {
            if (parcel.status != Parcel.Status.WAITING) {
                throw ProblemException.conflict("id", "parcel " + id + " was already collected");
            }
            return parcel;
        });
    }

    /** What the message templates show about the parcel. */
    private static Map<String, Object> details(Parcel parcel, ZoneId zone) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("parcelId", parcel.id);
        details.put("unit", parcel.unitCode);
        details.put("kindZh", parcel.kind.chinese);
        details.put("kindEn", parcel.kind.english);
        details.put("carrier", parcel.carrier == null ? "" : parcel.carrier);
        details.put("tracking", parcel.trackingNumber == null ? "" : parcel.trackingNumber);
        details.put("arrived", ParcelViews.LOCAL_TIME.format(parcel.arrivedAt.atZone(zone)));
        return details;
    }
}
