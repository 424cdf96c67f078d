package io.frontdesk.notify.arrears;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.directory.Resident;

/** What the arrears messages show: each overdue bill and the totals (大廈交款通知, R-ARR-3; written reports, R-ARR-4). */
final class ArrearsDetails {

    private ArrearsDetails() {
    }

    static Map<String, Object> of(ArrearsAccount account, Resident resident, AccountStatus status, ZoneId zone) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unit", account.unitCode);
        details.put("tenant", resident == null ? "" : resident.name);
        details.put("currency", account.currency);
        details.put("depositMonths", account.depositMonths);
        details.put("threshold", status.threshold());
        details.put("monthsOverdue", status.monthsOverdue());
        details.put("overdueTotal", status.overdue().toPlainString());
        details.put("outstandingTotal", status.outstanding().toPlainString());
        details.put("since", account.redLineSince == null ? ""
                : ArrearsService.LOCAL_TIME.format(account.redLineSince.atZone(zone)));
        List<Map<String, Object>> bills = status.overdueBills().stream().map(b -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("kindZh", b.period().kind.chinese);
            line.put("kindEn", b.period().kind.english);
            line.put("period", b.period().period);
            line.put("due", b.period().dueDate.toString());
            line.put("amount", b.period().amount.toPlainString());
            line.put("paid", b.paid().toPlainString());
            line.put("outstanding", b.outstanding().toPlainString());
            return line;
        }).toList();
        details.put("bills", bills);
        return details;
    }
}
