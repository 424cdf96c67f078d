package io.frontdesk.notify.common.problem;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;

/** Renders Jackson's path to a bad value as {@code rows[3].phone}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "LocalTime" -> "a time (HH:mm)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a date-time with offset (2026-11-24T14:05:00+08:00)";
            case "Duration" -> "an ISO-8601 duration (PT1H, P3D)";
            default -> "a " + type.getSimpleName();
        };
    }
}
