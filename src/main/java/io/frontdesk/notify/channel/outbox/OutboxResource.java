package io.frontdesk.notify.channel.outbox;

import io.frontdesk.notify.common.security.Roles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.rest.QueryParams;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Lets people read what the outbox holds instead of being sent, newest first. */
@Path("/api/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @RolesAllowed(Roles.MANAGER)
    @GET
    @WithSession
    public Uni<List<OutboxMessage>> list(@QueryParam("channel") String channelParam,
                                         @QueryParam("to") String to,
                                         @QueryParam("limit") String limitParam) {
        Channel channel = QueryParams.enumValue("channel", channelParam, Channel.class);
        Integer requested = QueryParams.nonNegativeInt("limit", limitParam, 1000);
        if (requested != null && requested < 1) {
            throw ProblemException.badField("limit", "must be between 1 and 1000");
        }
        int limit = requested == null ? 100 : requested;
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (channel != null) {
            query.append(" and channel = :channel");
            params.put("channel", channel);
        }
        if (to != null && !to.isBlank()) {
            query.append(" and recipient = :to");
            params.put("to", to);
        }
        return OutboxMessage.<OutboxMessage>find(query.toString(), Sort.descending("createdAt", "id"), params)
                .range(0, limit - 1)
                .list();
    }
}
