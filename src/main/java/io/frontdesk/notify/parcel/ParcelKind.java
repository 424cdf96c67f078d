package io.frontdesk.notify.parcel;

/** R-PARCEL-1: every kind here is urgent; the recipient is told on arrival. */
public enum ParcelKind {
    EXPRESS("快件/EMS", "express item"),
    REGISTERED_LETTER("挂号信", "registered letter"),
    PARCEL("包裹", "parcel"),
    PARCEL_NOTICE("包裹单", "parcel notice"),
    REMITTANCE_NOTICE("汇款单", "remittance notice"),
    /** DHL, FedEx, UPS: the desk signs for the resident only with consent (R-PARCEL-6). */
    COURIER("快递", "courier item");

    public final String chinese;
    public final String english;

    ParcelKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }
}
