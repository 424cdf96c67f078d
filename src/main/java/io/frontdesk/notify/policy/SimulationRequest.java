package io.frontdesk.notify.policy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.frontdesk.notify.engine.policy.Policy;

/**
 * "A parcel registered Friday 18:20 at property X: what goes out, to whom, when?"
 *
 * @param acknowledgedAt one time or a list of times the recipient acknowledged
 * @param horizon        how far after {@code openedAt} to look (default P7D, at most P366D)
 * @param policy         a draft policy to try instead of the one in force
 */
public record SimulationRequest(String kind, String property, OffsetDateTime openedAt,
                                @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                                List<OffsetDateTime> acknowledgedAt,
                                OffsetDateTime resolvedAt, Duration horizon, Map<String, LocalDate> subjectDates,
                                Policy policy) {
}
