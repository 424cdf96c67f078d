package io.frontdesk.notify.common.problem;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An oversized body is refused as problem+json before it is read: Quarkus' own limit answers with an
 * empty 413. Chunked uploads without a length still meet that built-in limit.
 */
@ApplicationScoped
public class BodySizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                    && Long.parseLong(length) > limit) {
                String detail = "the request body has " + length + " bytes; at most " + limit + " are accepted";
                Problem problem = new Problem("about:blank", "Payload Too Large", 413, detail, ctx.request().path(),
                        java.util.List.of(new FieldError("body", detail)));
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(problem));
            } else {
                ctx.next();
            }
        });
    }
}
