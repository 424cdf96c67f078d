package io.frontdesk.notify.common.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import io.frontdesk.notify.common.problem.ProblemException;

/**
 * Reads optional query parameters as text, so a bad value is a 400 naming the parameter instead of the
 * 404 that JAX-RS gives a query parameter it cannot convert.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Integer nonNegativeInt(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0 || n > max) {
                throw ProblemException.badField(name, "must be between 0 and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be a whole number");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be a date (YYYY-MM-DD)");
        }
    }
}
