package io.frontdesk.notify.parcel;

import io.frontdesk.notify.engine.policy.FollowUpKind;
import jakarta.enterprise.context.ApplicationScoped;

/** Parcels awaiting pickup; default policy {@code policies/parcel.json} (R-PARCEL-1, -3, -4, -7). */
@ApplicationScoped
public class ParcelFollowUpKind implements FollowUpKind {

    public static final String NAME = "parcel";

    @Override
    public String name() {
        return NAME;
    }

    /** A tenant away on vacation is not chased to pick up parcels until they are back. */
    @Override
    public boolean pausesOnVacation() {
        return true;
    }
}
