package io.frontdesk.notify.common.problem;

import java.util.List;

/**
 * Thrown (or returned as a failed Uni) anywhere a request cannot be honoured; the mapper turns it into
 * {@code application/problem+json}. Prefer the factories, which name the field at fault.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400: one field is wrong. */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, "Invalid input", field + ": " + message, List.of(new FieldError(field, message)));
    }

    /** 400: several fields are wrong. */
    public static ProblemException badFields(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "Invalid input", detail, errors);
    }

    /** 404 for a thing named in the path. */
    public static ProblemException notFound(String field, String what) {
        return new ProblemException(404, "Not found", what + " does not exist", List.of(new FieldError(field, what + " does not exist")));
    }

    /** 409: the request conflicts with the current state (already collected, duplicate code, …). */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", message, List.of(new FieldError(field, message)));
    }

    /** 422: well-formed, but a business rule refuses it (R-PARCEL-2 non-resident, …). */
    public static ProblemException refused(String field, String message) {
        return new ProblemException(422, "Refused", message, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
