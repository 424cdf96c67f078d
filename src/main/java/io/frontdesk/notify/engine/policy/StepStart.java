package io.frontdesk.notify.engine.policy;

import java.time.Duration;

/**
 * When a step's first attempt is due: {@code after} the follow-up opened (optionally moved to a time of
 * that day with {@code at}), or {@code workingDaysBefore} a named date of the subject ({@code of}),
 * at {@code at} (default the desk opening).
 */
public record StepStart(Duration after, DayTime at, Integer workingDaysBefore, String of) {
}
