package io.frontdesk.notify.storage.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.Unit;
import io.frontdesk.notify.engine.followup.Contact;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.storage.item.rest.ItemBodies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Items left at the desk: log, collection with verification, overdue follow-up. Callers hold the transaction. */
@ApplicationScoped
public class ItemService {

    /** A collection: the item handed over, or a refusal to answer after the depositor's message is stored. */
    public record Collection(LeftItem item, ProblemException refusal) {
    }

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /** R-ITEM-1, R-ITEM-3: logged and labelled; from the day after the expected date the depositor hears daily. */
    public Uni<LeftItem> log(String propertyCode, ItemBodies.Log request) {
        Contact depositor = request.depositor().toContact("depositor");
        return calendars.calendarOf(propertyCode)
                .flatMap(calendar -> Unit.count("propertyCode = ?1 and code = ?2", propertyCode, request.unit()))
                .flatMap(units -> {
                    if (units == 0) {
                        return Uni.createFrom().failure(ProblemException.refused("unit", "unit '" + request.unit() + "' is not managed here"));
                    }
                    LeftItem item = new LeftItem();
                    item.propertyCode = propertyCode;
                    item.unitCode = request.unit();
                    item.ownerName = request.owner();
                    item.description = request.description();
                    item.designatedCollector = request.designatedCollector();
                    item.depositorName = depositor.name();
                    item.depositorPhone = depositor.phone();
                    item.depositorEmail = depositor.email();
                    item.depositorLocale = depositor.locale();
                    item.expectedOn = request.expectedOn();
                    item.loggedAt = clock.now();
                    item.handledBy = request.handledBy();
                    item.status = LeftItem.Status.HELD;
                    return item.<LeftItem>persist();
                })
                .flatMap(saved -> calendars.calendarOf(propertyCode).flatMap(calendar -> followUps.open(new OpenFollowUp(
                        propertyCode, ItemKinds.Overdue.NAME, saved.subjectRef(), null, saved.unitCode,
                        details(saved, calendar.zone()), Map.of("overdueOn", saved.expectedOn.plusDays(1)),
                        List.of(depositor)))).map(f -> {
                            saved.followUpId = f.id;
                            return saved;
                        }));
    }

    /** R-ITEM-2: verified collection; an unconfirmed identity contacts the depositor first and is refused. */
    public Uni<Collection> collect(long id, ItemBodies.Collect request) {
        return held(id).flatMap(item -> {
            if (!request.identityConfirmed()) {
                return calendars.calendarOf(item.propertyCode).flatMap(calendar -> {
                    Map<String, Object> details = details(item, calendar.zone());
                    details.put("claimant", request.collectedBy());
                    Instant now = clock.now();
                    return followUps.open(new OpenFollowUp(item.propertyCode, ItemKinds.IdentityCheck.NAME,
                            item.subjectRef() + ":identity:" + now.toEpochMilli(), null, item.unitCode, details, Map.of(),
                            List.of(depositorOf(item))));
                }).map(f -> new Collection(null, ProblemException.refused("identityConfirmed",
                        "the collector's identity is not confirmed: the depositor " + item.depositorName
                                + " is being contacted first; do not hand the item over (R-ITEM-2)")));
            }
            return collectorIsResident(item, request.collectorResidentId()).flatMap(resident -> {
                if (!resident && (request.collectorIdNumber() == null || request.collectorIdNumber().isBlank())) {
                    return Uni.createFrom().failure(ProblemException.badField("collectorIdNumber",
                            "a collector who is not a resident shows ID (R-ITEM-2)"));
                }
                item.status = LeftItem.Status.COLLECTED;
                item.collectedAt = clock.now();
                item.collectedBy = request.collectedBy();
                item.collectorIdNumber = request.collectorIdNumber();
                item.handedOverBy = request.handedOverBy();
                return followUps.resolve(item.subjectRef(), "collected by " + request.collectedBy())
                        .replaceWith(new Collection(item, null));
            });
        });
    }

    public Uni<LeftItem> find(long id) {
        return LeftItem.<LeftItem>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("id", "item " + id));
    }

    public Uni<List<LeftItem>> list(String propertyCode, LeftItem.Status status) {
        return calendars.calendarOf(propertyCode).flatMap(c -> status == null
                ? LeftItem.<LeftItem>list("propertyCode = ?1 order by loggedAt desc", propertyCode)
                : LeftItem.<LeftItem>list("propertyCode = ?1 and status = ?2 order by loggedAt desc", propertyCode, status));
    }

    private Uni<Boolean> collectorIsResident(LeftItem item, Long residentId) {
        if (residentId == null) {
            return Uni.createFrom().item(false);
        }
        return calendars.calendarOf(item.propertyCode).flatMap(calendar -> Resident.<Resident>findById(residentId).map(r -> {
            LocalDate today = clock.now().atZone(calendar.zone()).toLocalDate();
            if (r == null || !r.propertyCode.equals(item.propertyCode) || !r.occupiesOn(today)) {
                throw ProblemException.refused("collectorResidentId", "no current resident " + residentId + " here");
            }
            return true;
        }));
    }

    private Uni<LeftItem> held(long id) {
        return find(id).map(item -> {
            if (item.status != LeftItem.Status.HELD) {
                throw ProblemException.conflict("id", "item " + id + " was already collected");
            }
            return item;
        });
    }

    private static Contact depositorOf(LeftItem item) {
        return new Contact(item.depositorName, item.depositorPhone, item.depositorEmail, item.depositorLocale);
    }

    private static Map<String, Object> details(LeftItem item, java.time.ZoneId zone) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("itemId", item.label());
        details.put("unit", item.unitCode);
        details.put("owner", item.ownerName);
        details.put("description", item.description);
        details.put("expectedOn", item.expectedOn.toString());
        details.put("logged", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(item.loggedAt.atZone(zone)));
        return details;
    }
}
