package io.frontdesk.notify.engine.policy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.frontdesk.notify.common.problem.FieldError;

/** Checks a policy a manager submits; every problem is reported with its JSON path. */
public final class PolicyValidator {

    private static final Duration SHORTEST_REPEAT = Duration.ofMinutes(5);

    private PolicyValidator() {
    }

    public static List<FieldError> validate(Policy policy) {
        List<FieldError> errors = new ArrayList<>();
        QuietHours quiet = policy.quietHours();
        if (quiet.from() == null) {
            errors.add(new FieldError("quietHours.from", "is required"));
        }
        if (quiet.to() == null) {
            errors.add(new FieldError("quietHours.to", "is required"));
        }
        if (policy.steps().isEmpty()) {
            errors.add(new FieldError("steps", "a policy needs at least one step"));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < policy.steps().size(); i++) {
            Step step = policy.steps().get(i);
            String at = "steps[" + i + "]";
            if (step == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            if (step.name() == null || !step.name().matches("[a-z0-9][a-z0-9-]{0,59}")) {
                errors.add(new FieldError(at + ".name", "is required: lower-case letters, digits and dashes"));
            } else if (!names.add(step.name())) {
                errors.add(new FieldError(at + ".name", "'" + step.name() + "' is used by another step"));
            }
            if (step.audience() == null) {
                errors.add(new FieldError(at + ".audience", "is required"));
            }
            if (step.digest() && step.audience() == Audience.CONTACT) {
                // a contact's id is only an index into one follow-up's contacts: it cannot gather matters
                errors.add(new FieldError(at + ".digest", "a CONTACT step cannot be a digest"));
            }
            if (step.channels().isEmpty()) {
                errors.add(new FieldError(at + ".channels", "at least one channel is required"));
            } else if (new HashSet<>(step.channels()).size() != step.channels().size()) {
                errors.add(new FieldError(at + ".channels", "a channel is listed twice"));
            }
            validateStart(step.start(), at + ".start", errors);
            validateCadence(step.cadence(), at + ".cadence", errors);
        }
        return errors;
    }

    private static void validateStart(StepStart start, String at, List<FieldError> errors) {
        if (start == null) {
            errors.add(new FieldError(at, "is required, e.g. {\"after\": \"PT0S\"}"));
            return;
        }
        boolean countsBack = start.workingDaysBefore() != null;
        if (countsBack == (start.after() != null)) {
            errors.add(new FieldError(at, "give either 'after' or 'workingDaysBefore' with 'of'"));
        }
        if (start.after() != null && start.after().isNegative()) {
            errors.add(new FieldError(at + ".after", "must not be negative"));
        }
        if (countsBack && start.workingDaysBefore() < 0) {
            errors.add(new FieldError(at + ".workingDaysBefore", "must not be negative"));
        }
        if (countsBack && (start.of() == null || start.of().isBlank())) {
            errors.add(new FieldError(at + ".of", "names the subject date to count from, e.g. expiresOn"));
        }
    }

    private static void validateCadence(Cadence cadence, String at, List<FieldError> errors) {
        if (cadence == null) {
            return;
        }
        LocalTime previousUntil = LocalTime.MIN;
        for (int w = 0; w < cadence.windows().size(); w++) {
            Cadence.Window window = cadence.windows().get(w);
            String wat = at + ".windows[" + w + "]";
            if (window.every() == null || window.every().compareTo(SHORTEST_REPEAT) < 0) {
                errors.add(new FieldError(wat + ".every", "must be at least PT5M"));
            }
            if (window.until() == null) {
                errors.add(new FieldError(wat + ".until", "is required (HH:mm)"));
            } else if (!window.until().isAfter(previousUntil)) {
                errors.add(new FieldError(wat + ".until", "windows must end in increasing order"));
            } else {
                previousUntil = window.until();
            }
        }
        if (cadence.windows().isEmpty() && cadence.resume() == null) {
            errors.add(new FieldError(at, "a cadence repeats within a day (windows) or on later days (resume)"));
        }
    }
}
