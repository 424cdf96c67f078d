package io.frontdesk.notify.engine.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.frontdesk.notify.channel.config.TwilioAccount;
import io.frontdesk.notify.common.config.FrontdeskConfig;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.Property;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.engine.events.EngineEvents;
import io.frontdesk.notify.engine.events.EventType;
import io.frontdesk.notify.engine.followup.Delivery;
import io.frontdesk.notify.engine.followup.FollowUp;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What Twilio tells us: replies from tenants (an acknowledgement, STOP, HELP) and delivery status.
 * Requests must carry a valid {@code X-Twilio-Signature} whenever a Twilio auth token is configured.
 */
@Path("/api/twilio")
@Tag(name = "Twilio webhooks")
@PermitAll
public class TwilioWebhookResource {

    private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class);
    /** R-PARCEL-3: "a reply" acknowledges. */
    static final Set<String> ACKNOWLEDGE_WORDS = Set.of("1", "OK", "Y", "YES", "收到", "已收到", "好", "知道了");
    static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "退订", "TD");
    static final Set<String> START_WORDS = Set.of("START", "UNSTOP", "订阅");
    static final String TWIML = "text/xml";

    @Inject
    TwilioAccount twilio;

    @Inject
    FrontdeskConfig config;

    @Inject
    FollowUpService followUps;

    @Inject
    ServiceClock clock;

    @Inject
    EngineEvents events;

    @POST
    @Path("/sms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(TWIML)
    @WithTransaction
    @Operation(summary = "Inbound SMS: 1/OK/收到 acknowledges today's reminders, STOP/退订 opts out, START opts in")
    public Uni<String> inboundSms(MultivaluedMap<String, String> form,
                                  @HeaderParam("X-Twilio-Signature") String signature) {
        Map<String, String> params = verified("/api/twilio/sms", form, signature);
        String from = params.getOrDefault("From", "");
        String word = params.getOrDefault("Body", "").strip().toUpperCase(Locale.ROOT);
        return Resident.<Resident>list("phone", from).flatMap(residents -> {
            if (residents.isEmpty()) {
                return Uni.createFrom().item(reply(null)); // an unknown sender gets no reply
            }
            boolean english = residents.stream().allMatch(r -> "en".equals(r.locale));
            if (STOP_WORDS.contains(word) || START_WORDS.contains(word)) {
                boolean optOut = STOP_WORDS.contains(word);
                residents.forEach(r -> r.smsOptedOut = optOut);
                return Uni.createFrom().item(reply(optOut
                        ? (english ? "You will get no more SMS from the front desk. Reply START to resume." : "已退订前台短信通知，回复START可恢复。")
                        : (english ? "Front desk SMS notices are back on." : "已恢复前台短信通知。")));
            }
            if (!ACKNOWLEDGE_WORDS.contains(word)) {
                // HELP (or anything else): how to reach the desk, and what the replies do
                Resident first = residents.get(0);
                return Property.<Property>findById(first.propertyCode).map(property -> reply(english
                        ? property.name + " front desk, weekdays " + property.weekdayHours + ", weekends "
                                + property.weekendHours + ". Reply 1 when you got a notice, STOP to opt out."
                        : property.name + "前台：工作日 " + property.weekdayHours + "，周末 " + property.weekendHours
                                + "。收到通知请回复1，回复退订停止短信。"));
            }
            List<Long> ids = residents.stream().map(r -> r.id).toList();
            return FollowUp.<FollowUp>list("residentId in ?1 and resolvedAt is null", ids)
                    .flatMap(open -> Multi.createFrom().iterable(open)
                            .onItem().transformToUniAndConcatenate(followUps::acknowledge)
                            .collect().asList())
                    .map(acknowledged -> reply(acknowledged.isEmpty()
                            ? null
                            : english ? "Thank you, noted. No more reminders today." : "已确认收到，谢谢！今天不再提醒。"));
        });
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithTransaction
    @Operation(summary = "Twilio status callback: records queued, sent, delivered, undelivered, failed")
    public Uni<Void> status(MultivaluedMap<String, String> form, @HeaderParam("X-Twilio-Signature") String signature) {
        Map<String, String> params = verified("/api/twilio/status", form, signature);
        String sid = params.getOrDefault("MessageSid", params.get("CallSid"));
        String status = params.getOrDefault("MessageStatus", params.get("CallStatus"));
        if (sid == null || status == null) {
            throw ProblemException.badField(sid == null ? "MessageSid" : "MessageStatus", "is required");
        }
        String error = params.get("ErrorCode");
        return Delivery.<Delivery>list("provider = 'twilio' and providerId = ?1", sid).flatMap(deliveries -> {
            if (deliveries.isEmpty()) {
                LOG.warnf("Status %s for unknown Twilio message %s", status, sid);
            }
            return Multi.createFrom().iterable(deliveries).onItem().transformToUniAndConcatenate(d -> {
                d.status = status.toLowerCase(Locale.ROOT);
                d.error = error == null ? d.error : "Twilio error " + error;
                d.updatedAt = clock.now();
                return FollowUp.<FollowUp>findById(d.followUpId).flatMap(f -> events.record(EventType.DELIVERY_STATUS, f,
                        Map.of("deliveryId", d.id, "channel", d.channel.name(), "status", d.status)));
            }).collect().asList().replaceWithVoid();
        });
    }

    private Map<String, String> verified(String path, MultivaluedMap<String, String> form, String signature) {
        Map<String, String> params = new HashMap<>();
        form.forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        if (twilio.verifiesWebhooks() && !twilio.signatureValid(config.publicUrl(path), params, signature)) {
            throw new ProblemException(403, "Forbidden", "X-Twilio-Signature is missing or wrong",
                    List.of(new io.frontdesk.notify.common.problem.FieldError("X-Twilio-Signature", "does not match")));
        }
        return params;
    }

    private static String reply(String text) {
        if (text == null) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>" + escaped + "</Message></Response>";
    }
}
