package io.frontdesk.notify.engine.policy;

/** Who a policy step speaks to: the tenant the matter concerns, or the staff holding a role at the property. */
public enum Audience {
    TENANT,
    /** The people named on the matter who are neither residents nor staff: a pass holder, a hotel guest. */
    CONTACT,
    FRONT_DESK,
    SUPERVISOR,          // 客服主管
    PROJECT_DIRECTOR,    // 項目主任
    SECURITY,            // 保安部
    FINANCE,             // 財務
    GENERAL_DEPT_MANAGER, // 物業綜合部經理
    DEPUTY_GM,           // 主管副總經理
    GM;                  // 總經理

    public boolean isStaff() {
        return this != TENANT && this != CONTACT;
    }
}
