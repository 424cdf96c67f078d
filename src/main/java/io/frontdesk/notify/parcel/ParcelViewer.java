package io.frontdesk.notify.parcel;

import java.util.List;

import io.frontdesk.notify.engine.followup.Reminder;
import io.frontdesk.notify.parcel.ParcelViews.ParcelView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Shows parcels with the reminders still planned for them. */
@ApplicationScoped
public class ParcelViewer {

    public Uni<ParcelView> view(Parcel parcel) {
        if (parcel.followUpId == null) {
            return Uni.createFrom().item(ParcelViews.of(parcel, List.of()));
        }
        return Reminder.<Reminder>list("followUpId = ?1 and status in ?2 order by dueAt, id", parcel.followUpId,
                        List.of(Reminder.Status.PLANNED, Reminder.Status.CLAIMED))
                .map(planned -> ParcelViews.of(parcel, planned));
    }

    public Uni<List<ParcelView>> views(List<Parcel> list) {
        return Multi.createFrom().iterable(list).onItem().transformToUniAndConcatenate(this::view).collect().asList();
    }
}
