package io.frontdesk.notify.arrears.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrears report 欠費情況報表 (R-ARR-5): every overdue bill per unit and period with the tenant's months
 * overdue, red-line status and the actions taken so far, and the totals per currency.
 */
public record ArrearsReport(String property, String propertyName, LocalDate asOf, List<Row> rows, List<Total> totals,
                            int tenantsOverRedLine) {

    public record Row(String unit, Long residentId, String tenant, String period, String kind, String kindZh,
                      LocalDate dueDate, String currency, BigDecimal amount, BigDecimal paid, BigDecimal outstanding,
                      int monthsOverdue, int depositMonths, boolean redLine, String actions) {
    }

    public record Total(String currency, BigDecimal amount, BigDecimal paid, BigDecimal outstanding) {
    }

    /** The report as template data (also the details of the follow-up that emails it). */
    public Map<String, Object> asData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("propertyCode", property);
        data.put("propertyName", propertyName);
        data.put("asOf", asOf.toString());
        data.put("tenantsOverRedLine", tenantsOverRedLine);
        data.put("rows", rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", r.unit());
            m.put("tenant", r.tenant());
            m.put("period", r.period());
            m.put("kindZh", r.kindZh());
            m.put("due", r.dueDate().toString());
            m.put("currency", r.currency());
            m.put("amount", r.amount().toPlainString());
            m.put("paid", r.paid().toPlainString());
            m.put("outstanding", r.outstanding().toPlainString());
            m.put("monthsOverdue", r.monthsOverdue());
            m.put("redLine", r.redLine() ? "已超红线" : "未超");
            m.put("actions", r.actions());
            return m;
        }).toList());
        data.put("totals", totals.stream().map(t -> Map.of("currency", t.currency(), "amount", t.amount().toPlainString(),
                "paid", t.paid().toPlainString(), "outstanding", t.outstanding().toPlainString())).toList());
        return data;
    }

    /** CSV for finance: one line per overdue bill, then one TOTAL line per currency. */
    public String csv() {
        StringBuilder out = new StringBuilder(
                "unit,tenant,period,kind,due_date,currency,amount,paid,outstanding,months_overdue,deposit_months,red_line,actions\r\n");
        for (Row r : rows) {
            out.append(String.join(",", cell(r.unit()), cell(r.tenant()), r.period(), r.kind(), r.dueDate().toString(),
                    r.currency(), r.amount().toPlainString(), r.paid().toPlainString(), r.outstanding().toPlainString(),
                    String.valueOf(r.monthsOverdue()), String.valueOf(r.depositMonths()), String.valueOf(r.redLine()),
                    cell(r.actions()))).append("\r\n");
        }
        for (Total t : totals) {
            out.append(String.join(",", "TOTAL", "", "", "", "", t.currency(), t.amount().toPlainString(),
                    t.paid().toPlainString(), t.outstanding().toPlainString(), "", "", "", "")).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        String value = text == null ? "" : text;
        return value.matches(".*[,\"\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
