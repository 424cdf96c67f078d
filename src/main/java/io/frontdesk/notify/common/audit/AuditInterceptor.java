package io.frontdesk.notify.common.audit;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;

/**
 * Records a staff action after the resource method succeeded, inside its transaction (this interceptor
 * runs within {@code @WithTransaction}'s): the action and its audit entry commit or roll back together.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

    static final int MAX_DETAILS = 4000;

    @Inject
    Caller caller;

    @Inject
    HttpServerRequest request;

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        if (ctx.getMethod().isAnnotationPresent(GET.class)) {
            return ctx.proceed();
        }
        Object result = ctx.proceed();
        if (result instanceof Uni<?> uni) {
            return uni.call(item -> entry(ctx, item).persist());
        }
        return result;
    }

    private AuditEntry entry(InvocationContext ctx, Object result) {
        Map<String, Object> values = new LinkedHashMap<>();
        Parameter[] parameters = ctx.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            values.put(parameters[i].getName(), ctx.getParameters()[i]);
        }
        AuditEntry entry = new AuditEntry();
        entry.at = clock.now();
        entry.actor = caller.name() == null ? "unknown" : caller.name();
        entry.roles = String.join(",", new TreeSet<>(caller.roles()));
        entry.propertyCode = values.get("code") instanceof String code ? code : propertyOf(result);
        entry.action = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
        entry.method = request.method().name();
        entry.path = request.path();
        entry.details = details(values);
        return entry;
    }

    /** For actions by id (/api/parcels/7/collection): the property of what the action returned. */
    private static String propertyOf(Object result) {
        Object body = result instanceof RestResponse<?> response ? response.getEntity() : result;
        if (body != null && body.getClass().isRecord()) {
            for (RecordComponent component : body.getClass().getRecordComponents()) {
                if (component.getName().equals("property")) {
                    try {
                        return String.valueOf(component.getAccessor().invoke(body));
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private String details(Map<String, Object> values) {
        String text;
        try {
            text = json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            text = String.valueOf(values);
        }
        return text.length() > MAX_DETAILS ? text.substring(0, MAX_DETAILS) + "…" : text;
    }
}
