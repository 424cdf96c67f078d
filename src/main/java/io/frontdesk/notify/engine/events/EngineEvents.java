package io.frontdesk.notify.engine.events;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Records notification events in the caller's transaction; a relay publishes them afterwards. */
@ApplicationScoped
public class EngineEvents {

    @Inject
    ServiceClock clock;

    @Inject
    ObjectMapper json;

    /** Records {@code type} about {@code followUp}, with {@code fields} added to the common ones. */
    public Uni<Void> record(EventType type, FollowUp followUp, Map<String, Object> fields) {
        return Uni.createFrom().item(() -> event(type, followUp, fields)).call(event -> event.persist()).replaceWithVoid();
    }

    /** The event {@link #record} stores, not yet persisted: the dispatcher persists a batch's events together. */
    public OutboxEvent event(EventType type, FollowUp followUp, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.wireName);
        payload.put("at", clock.now().toString());
        payload.put("property", followUp.propertyCode);
        payload.put("kind", followUp.kind);
        payload.put("followUpId", followUp.id);
        payload.put("subject", followUp.subjectRef);
        payload.putAll(fields);
        OutboxEvent event = new OutboxEvent();
        event.type = type.wireName;
        event.propertyCode = followUp.propertyCode;
        event.followUpId = followUp.id;
        event.createdAt = clock.now();
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + type + " of follow-up " + followUp.id + " cannot be written", e);
        }
        return event;
    }
}
