package io.frontdesk.notify.testing;

import java.util.ArrayList;
import java.util.List;

/** The R-PARCEL-3 worked examples of RULES.md, as local times in Asia/Shanghai (Tuesday = 2026-11-24). */
public final class WorkedExamples {

    /** Registered Tuesday 14:05, never acknowledged: that Tuesday. */
    public static final List<String> TUESDAY_FROM_1405 = List.of("2026-11-24T14:05", "2026-11-24T15:05",
            "2026-11-24T16:05", "2026-11-24T17:05", "2026-11-24T18:05", "2026-11-24T19:05", "2026-11-24T19:35",
            "2026-11-24T20:05", "2026-11-24T20:35", "2026-11-24T21:05", "2026-11-24T21:35");

    private WorkedExamples() {
    }

    /** A weekday after the first: 08:20, 09:20, …, 18:20, 19:20, 19:50, 20:20, 20:50, 21:20, 21:50. */
    public static List<String> fullWeekday(String date) {
        List<String> times = new ArrayList<>();
        for (String t : List.of("08:20", "09:20", "10:20", "11:20", "12:20", "13:20", "14:20", "15:20", "16:20",
                "17:20", "18:20", "19:20", "19:50", "20:20", "20:50", "21:20", "21:50")) {
            times.add(date + "T" + t);
        }
        return times;
    }

    public static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
