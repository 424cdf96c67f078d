package io.frontdesk.notify.parcel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.frontdesk.notify.engine.followup.Reminder;

/** What the API shows of a parcel. */
public final class ParcelViews {

    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ParcelViews() {
    }

    public static String localTime(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL_TIME.format(at.atZone(zone));
    }

    /** A reminder still to go out; {@code dueAt} in the property's local time. */
    public record PlannedReminderView(Long id, OffsetDateTime dueAt, String step, String audience, String channel,
                                      String status) {

        static PlannedReminderView of(Reminder r, ZoneId zone) {
            return new PlannedReminderView(r.id, r.dueAt.atZone(zone).toOffsetDateTime(), r.step, r.audience.name(),
                    r.channel.name(), r.status.name());
        }
    }

    public record CourierConsentView(Instant at, String by, String method) {
    }

    public record ParcelView(Long id, String property, String unit, Long residentId, ParcelKind kind, String carrier,
                             String trackingNumber, String description, String registeredBy, OffsetDateTime arrivedAt,
                             Parcel.Status status, String notHandedReason, Instant collectedAt, String collectedBy,
                             String collectorIdNumber, String handedOverBy, CourierConsentView courierConsent,
                             Long followUpId, List<PlannedReminderView> nextReminders) {
    }

    public static ParcelView of(Parcel p, List<Reminder> planned, ZoneId zone) {
        CourierConsentView consent = p.courierConsentAt == null ? null
                : new CourierConsentView(p.courierConsentAt, p.courierConsentBy, p.courierConsentMethod);
        return new ParcelView(p.id, p.propertyCode, p.unitCode, p.residentId, p.kind, p.carrier, p.trackingNumber,
                p.description, p.registeredBy, p.arrivedAt.atZone(zone).toOffsetDateTime(), p.status, p.notHandedReason, p.collectedAt, p.collectedBy,
                p.collectorIdNumber, p.handedOverBy, consent, p.followUpId,
                planned.stream().map(r -> PlannedReminderView.of(r, zone)).toList());
    }
}
