package io.frontdesk.notify.arrears;

/** What a billing period charges for (大廈交款通知 lines, R-ARR-1). */
public enum BillingKind {
    RENT("租金", "Rent"),
    PROPERTY_FEE("物业管理费", "Property fee"),
    ELECTRICITY("电费", "Electricity"),
    PAID_SERVICES("有偿服务费", "Paid services");

    public final String chinese;
    public final String english;

    BillingKind(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }
}
