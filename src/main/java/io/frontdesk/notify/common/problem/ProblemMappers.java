package io.frontdesk.notify.common.problem;

import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Every error leaves the service as {@code application/problem+json}; bad input never becomes a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        ProblemException p = ProblemException.badFields(errors);
        return respond(400, p.title(), p.getMessage(), uri, errors);
    }

    /** Malformed JSON, a wrong type, an unknown enum value or an impossible date: name the JSON path. */
    // The specific Jackson types are listed so these win over Quarkus' built-in mappers (plain JSON bodies).
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            InvalidTypeIdException.class, JsonMappingException.class})
    public RestResponse<Problem> badJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "body";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = JsonPaths.of(u.getPath());
            message = "unknown field";
        } else if (e instanceof InvalidFormatException f) {
            message = "cannot read '" + f.getValue() + "' as " + JsonPaths.describe(f.getTargetType());
        } else if (e instanceof JsonMappingException m && m.getCause() != null && m.getCause().getMessage() != null) {
            message = firstLine(m.getCause().getMessage());
        } else {
            message = "malformed JSON: " + firstLine(e.getOriginalMessage());
        }
        if (field.isEmpty()) {
            field = "body";
        }
        return respond(400, "Invalid input", field + ": " + message, uri, List.of(new FieldError(field, message)));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps syntactically broken JSON in a 400 WebApplicationException.
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce the requested media type";
            case 413 -> "request body too large";
            case 415 -> "unsupported content type: send application/json";
            default -> e.getMessage();
        };
        String field = status == 415 ? "Content-Type" : status == 406 ? "Accept" : null;
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail, uri, errors);
    }

    /** No token, or one that is expired, badly signed or from another issuer. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public RestResponse<Problem> unauthenticated(RuntimeException e, UriInfo uri) {
        RestResponse<Problem> problem = respond(401, "Unauthorized", "a valid bearer token is required", uri,
                List.of(new FieldError("Authorization", "missing or invalid bearer token")));
        return RestResponse.ResponseBuilder.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
    }

    /** A valid token whose roles do not allow this. */
    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "your role does not allow this", uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal error", "the service failed; the error is logged", uri, List.of());
    }

    private static RestResponse<Problem> respond(int status, String title, String detail, UriInfo uri,
                                                 List<FieldError> errors) {
        Problem body = new Problem("about:blank", title, status, detail, uri == null ? null : uri.getPath(), errors);
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(body)
                .type(MediaType.valueOf(Problem.MEDIA_TYPE))
                .build();
    }

    /**
     * "register.request.phone" → "phone": drop the method and parameter nodes of a bean-validation path.
     * Counted by node kind, not by name: with {@code -parameters} the parameter is "request", not "arg1".
     * A violation on a parameter itself is a missing request body: every validated parameter here is a body.
     */
    private static String fieldOf(Path path) {
        int lead = 0;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER) {
                lead++;
            } else {
                break;
            }
        }
        String[] parts = path.toString().split("\\.", lead + 1);
        return parts.length > lead ? parts[lead] : "body";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
