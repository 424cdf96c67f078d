package io.frontdesk.notify.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The policy in force for a kind at a property: the manager's, or the kind's default from RULES.md. */
@ApplicationScoped
public class PolicyService {

    /** A policy as a manager sees it: where it came from and its version (0 for the default). */
    public record EffectivePolicy(String propertyCode, String source, int version, Instant updatedAt, Policy policy) {
    }

    @Inject
    ObjectMapper json;

    private final Map<String, Policy> defaults = new ConcurrentHashMap<>();

    public Policy defaultPolicy(String kind) {
        return defaults.computeIfAbsent(kind, this::loadDefault);
    }

    public Uni<EffectivePolicy> effective(String propertyCode, String kind) {
        return StoredPolicy.<StoredPolicy>findById(key(propertyCode, kind)).map(stored -> stored == null
                ? new EffectivePolicy(propertyCode, "default", 0, null, defaultPolicy(kind))
                : new EffectivePolicy(propertyCode, "custom", stored.version, stored.updatedAt, read(stored.document)));
    }

    public Uni<Policy> policy(String propertyCode, String kind) {
        return effective(propertyCode, kind).map(EffectivePolicy::policy);
    }

    /** Validates and stores a manager's policy; the caller replans open follow-ups in the same transaction. */
    public Uni<EffectivePolicy> replace(String propertyCode, String kind, Policy submitted, Instant now) {
        List<FieldError> errors = PolicyValidator.validate(submitted);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.badFields(errors));
        }
        Policy policy = new Policy(kind, submitted.description(), submitted.quietHours(), submitted.steps());
        return StoredPolicy.<StoredPolicy>findById(key(propertyCode, kind)).flatMap(existing -> {
            StoredPolicy stored = existing != null ? existing : new StoredPolicy();
            stored.propertyCode = propertyCode;
            stored.kind = kind;
            stored.document = write(policy);
            stored.version = existing == null ? 1 : existing.version + 1;
            stored.updatedAt = now;
            return stored.<StoredPolicy>persist()
                    .map(s -> new EffectivePolicy(propertyCode, "custom", s.version, s.updatedAt, policy));
        });
    }

    /** Back to the kind's default. */
    public Uni<Boolean> reset(String propertyCode, String kind) {
        return StoredPolicy.deleteById(key(propertyCode, kind));
    }

    private Policy loadDefault(String kind) {
        String resource = "policies/" + kind + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("kind " + kind + " has no default policy at " + resource);
            }
            Policy policy = json.readValue(in, Policy.class);
            List<FieldError> errors = PolicyValidator.validate(policy);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("default policy " + resource + " is invalid: " + errors);
            }
            return policy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Policy read(String document) {
        try {
            return json.readValue(document, Policy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy is unreadable", e);
        }
    }

    private String write(Policy policy) {
        try {
            return json.writeValueAsString(policy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredPolicy.Key key(String propertyCode, String kind) {
        StoredPolicy.Key key = new StoredPolicy.Key();
        key.propertyCode = propertyCode;
        key.kind = kind;
        return key;
    }
}
