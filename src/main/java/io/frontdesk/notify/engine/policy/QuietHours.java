package io.frontdesk.notify.engine.policy;

import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Nothing reaches a tenant from {@code from} until {@code to} the next morning (default 22:00–08:00). */
public record QuietHours(@JsonFormat(pattern = "HH:mm") LocalTime from, @JsonFormat(pattern = "HH:mm") LocalTime to) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));
}
