package io.frontdesk.notify.handover;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.directory.Properties;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.handover.Handover.FollowUpRow;
import io.frontdesk.notify.handover.Handover.ItemRow;
import io.frontdesk.notify.handover.Handover.KeyRow;
import io.frontdesk.notify.handover.Handover.LuggageRow;
import io.frontdesk.notify.handover.Handover.MailRow;
import io.frontdesk.notify.handover.Handover.ParcelRow;
import io.frontdesk.notify.parcel.Parcel;
import io.frontdesk.notify.storage.item.LeftItem;
import io.frontdesk.notify.storage.key.KeyLoan;
import io.frontdesk.notify.storage.luggage.Luggage;
import io.frontdesk.notify.storage.mail.MailHold;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds the shift handover. A report, not a source module: it reads the modules' public entities and
 * changes nothing.
 */
@ApplicationScoped
public class HandoverService {

    @Inject
    ServiceClock clock;

    /** One session, so the queries run one after the other. */
    public Uni<Handover> handover(String code, Instant since) {
        Instant now = clock.now();
        return Properties.existing(code).flatMap(property -> {
            ZoneId zone = ZoneId.of(property.timeZone);
            return Uni.combine().all().unis(List.<Uni<?>>of(
                    Luggage.<Luggage>list("propertyCode = ?1 and status = ?2 order by ticketNumber", code, Luggage.Status.STORED),
                    Luggage.<Luggage>list("propertyCode = ?1 and depositedAt >= ?2 order by depositedAt", code, since),
                    Luggage.<Luggage>list("propertyCode = ?1 and collectedAt >= ?2 order by collectedAt", code, since),
                    LeftItem.<LeftItem>list("propertyCode = ?1 and status = ?2 order by loggedAt", code, LeftItem.Status.HELD),
                    KeyLoan.<KeyLoan>list("propertyCode = ?1 and status = ?2 order by dueBackAt", code, KeyLoan.Status.OUT),
                    Parcel.<Parcel>list("propertyCode = ?1 and status = ?2 order by arrivedAt", code, Parcel.Status.WAITING),
                    MailHold.<MailHold>list("propertyCode = ?1 and status = ?2 order by receivedAt", code, MailHold.Status.HELD)))
                    .usingConcurrencyOf(1)
                    .with(lists -> lists)
                    .flatMap(lists -> openFollowUps(code, zone).map(open -> build(property, zone, since, now, lists, open)));
        });
    }

    @SuppressWarnings("unchecked")
    private static Handover build(Property property, ZoneId zone, Instant since, Instant now, List<?> lists,
                                  List<FollowUpRow> open) {
        return new Handover(property.code, property.name, at(since, zone), at(now, zone),
                luggage((List<Luggage>) lists.get(0), zone), luggage((List<Luggage>) lists.get(1), zone),
                luggage((List<Luggage>) lists.get(2), zone),
                ((List<LeftItem>) lists.get(3)).stream().map(i -> new ItemRow(i.id, i.label(), i.unitCode, i.ownerName,
                        i.description, i.designatedCollector, i.depositorName, i.expectedOn.toString(),
                        at(i.loggedAt, zone), i.handledBy)).toList(),
                ((List<KeyLoan>) lists.get(4)).stream().map(k -> new KeyRow(k.id, k.keyCode, k.borrowerName,
                        at(k.lentAt, zone), at(k.dueBackAt, zone), k.dueBackAt.isBefore(now))).toList(),
                ((List<Parcel>) lists.get(5)).stream().map(p -> new ParcelRow(p.id, p.unitCode, p.kind.name(), p.carrier,
                        p.trackingNumber, at(p.arrivedAt, zone))).toList(),
                ((List<MailHold>) lists.get(6)).stream().map(m -> new MailRow(m.id, m.unitCode, m.addressee, m.pieces,
                        m.reason.name(), at(m.receivedAt, zone))).toList(),
                open);
    }

    private static Uni<List<FollowUpRow>> openFollowUps(String code, ZoneId zone) {
        return FollowUp.<FollowUp>list("propertyCode = ?1 and resolvedAt is null order by openedAt, id", code)
                .flatMap(open -> {
                    if (open.isEmpty()) {
                        return Uni.createFrom().item(List.<FollowUpRow>of());
                    }
                    return Reminder.<Reminder>list("followUpId in ?1 and status = ?2 order by dueAt desc, id desc",
                                    open.stream().map(f -> f.id).toList(), Reminder.Status.PLANNED)
                            .map(planned -> {
                                Map<Long, Reminder> next = new HashMap<>();
                                planned.forEach(r -> next.put(r.followUpId, r)); // the last put is the earliest
                                return open.stream().map(f -> {
                                    Reminder r = next.get(f.id);
                                    return new FollowUpRow(f.id, f.kind, f.subjectRef, f.unitCode, at(f.openedAt, zone),
                                            r == null ? null : r.step, r == null ? null : r.audience.name(),
                                            r == null ? null : at(r.dueAt, zone));
                                }).toList();
                            });
                });
    }

    private static List<LuggageRow> luggage(List<Luggage> list, ZoneId zone) {
        return list.stream().map(l -> new LuggageRow(l.id, l.ticketNumber, l.depositorName, l.unitCode, l.size.name(),
                l.pieces, l.location, at(l.depositedAt, zone), l.depositedBy, l.ticketLostAt != null,
                at(l.collectedAt, zone), l.collectedBy, l.handedOverBy)).toList();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
