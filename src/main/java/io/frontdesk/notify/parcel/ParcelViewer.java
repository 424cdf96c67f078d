package io.frontdesk.notify.parcel;

import java.time.ZoneId;
import java.util.List;

import io.frontdesk.notify.directory.Property;

import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows parcels with the reminders still planned for them. */
@ApplicationScoped
public class ParcelViewer {

    /** The parcel with its planned reminders, their times in the property's zone. */
    public Uni<ParcelView> view(Parcel parcel) {
        return Property.<Property>findById(parcel.propertyCode).flatMap(property -> {
            ZoneId zone = ZoneId.of(property.timeZone);
            if (parcel.followUpId == null) {
                return Uni.createFrom().item(ParcelViews.of(parcel, List.of(), zone));
            }
            return Reminder.<Reminder>list("followUpId = ?1 and status in ?2 order by dueAt, id", parcel.followUpId,
                            List.of(Reminder.Status.PLANNED, Reminder.Status.CLAIMED))
                    .map(planned -> ParcelViews.of(parcel, planned, zone));
        });
    }

    public Uni<List<ParcelView>> views(List<Parcel> list) {
        return Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::view).collect().asList();
    }
}
