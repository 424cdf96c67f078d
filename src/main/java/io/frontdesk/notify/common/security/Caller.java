package io.frontdesk.notify.common.security;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who is calling, from their token: the properties a staff member holds (claim {@code properties},
 * {@code "*"} for all) and the resident a tenant is (claim {@code resident_id}).
 */
@RequestScoped
public class Caller {

    public static final String PROPERTIES_CLAIM = "properties";
    public static final String RESIDENT_CLAIM = "resident_id";
    public static final String ALL_PROPERTIES = "*";

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getName();
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean holdsProperty(String propertyCode) {
        return holds(token, propertyCode);
    }

    static boolean holds(JsonWebToken token, String propertyCode) {
        List<String> held = properties(token);
        return held.contains(ALL_PROPERTIES) || held.contains(propertyCode);
    }

    /** A 403 when the property in the path is not one the caller holds. */
    public void requireProperty(String propertyCode) {
        if (!holdsProperty(propertyCode)) {
            throw new ProblemException(403, "Forbidden", "you do not hold property " + propertyCode,
                    List.of(new FieldError("code", "not one of your properties")));
        }
    }

    /**
     * For a thing found by id: one of another property is answered as if it did not exist, so ids of
     * other properties reveal nothing.
     */
    public void requireVisible(String propertyCode, String field, String what) {
        if (!holdsProperty(propertyCode)) {
            throw ProblemException.notFound(field, what);
        }
    }

    /** The tenant's resident id, or a 403 when the token names none. */
    public long residentId() {
        Object claim = token.getClaim(RESIDENT_CLAIM);
        if (claim == null) {
            throw new ProblemException(403, "Forbidden", "this token names no resident", List.of());
        }
        return Long.parseLong(claim.toString());
    }

    private static List<String> properties(JsonWebToken token) {
        Object claim = token.getClaim(PROPERTIES_CLAIM);
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        }
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }
}
