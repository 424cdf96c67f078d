package io.frontdesk.notify.common.problem;

/** One bad input: the field (JSON path such as {@code rows[3].phone} or a query parameter) and why. */
public record FieldError(String field, String message) {
}
