package io.frontdesk.notify.engine.policy;

import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * Repeats of a step. Within a day: after an attempt at t, the next is t + {@code every} of the first
 * window whose {@code until} is after t; none is made at or after the last window's end. On following
 * days (when {@code resume} is set): the first attempt at {@code resume}, every day or working days only.
 * R-PARCEL-3: windows [PT1H until 19:00, PT30M until 22:00], resume DESK_OPENING, every day.
 */
public record Cadence(List<Window> windows, DayTime resume, ResumeOn resumeOn) {

    public record Window(java.time.Duration every, @JsonFormat(pattern = "HH:mm") LocalTime until) {
    }

    public enum ResumeOn { EVERY_DAY, WORKING_DAYS }

    public Cadence {
        windows = windows == null ? List.of() : List.copyOf(windows);
        resumeOn = resumeOn == null ? ResumeOn.EVERY_DAY : resumeOn;
    }

    /** End of the day's attempts, or null when the cadence has no windows (one attempt a day). */
    public LocalTime lastUntil() {
        return windows.isEmpty() ? null : windows.get(windows.size() - 1).until();
    }
}
