package io.frontdesk.notify.engine.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.OutboundMessage;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Renders a reminder with the Qute templates of its kind: {@code templates/<kind>/<step>.<part>.<locale>},
 * falling back to {@code <kind>/<part>.<locale>} and then to zh-CN. Parts: sms, voice, email (HTML body)
 * and subject. An SMS body's last line (the link) is kept whole when the text is cut to two segments.
 */
@ApplicationScoped
public class MessageRenderer {

    public static final String DEFAULT_LOCALE = "zh-CN";

    @Inject
    Engine qute;

    /**
     * Which template serves each kind, step, part and locale, found once: Qute caches the templates it loads but
     * looks for a missing one again on every call, and most lookups start with a missing step-specific one.
     */
    private final Map<String, Optional<Template>> resolved = new ConcurrentHashMap<>();

    public RenderedMessage render(String kind, String step, Channel channel, String locale, Map<String, Object> data) {
        return switch (channel) {
            case SMS -> new RenderedMessage(null, sms(render(kind, step, "sms", locale, data)), null);
            case VOICE -> new RenderedMessage(null, render(kind, step, "voice", locale, data).strip(), null);
            case EMAIL -> {
                String html = render(kind, step, "email", locale, data);
                yield new RenderedMessage(render(kind, step, "subject", locale, data).strip(), HtmlText.of(html), html,
                        attachment(kind, step, locale, data));
            }
        };
    }

    /** An optional {@code attachment} part (e.g. a report's CSV), sent as {@code <kind>.csv}. */
    private OutboundMessage.Attachment attachment(String kind, String step, String locale, Map<String, Object> data) {
        Template template = find(kind, step, "attachment", locale);
        return template == null ? null
                : new OutboundMessage.Attachment(kind + ".csv", "text/csv", template.data(data).render());
    }

    private String render(String kind, String step, String part, String locale, Map<String, Object> data) {
        Template template = find(kind, step, part, locale);
        if (template == null) {
            throw new IllegalStateException("no template for " + kind + "/" + step + "." + part + "." + locale);
        }
        return template.data(data).render();
    }

    private Template find(String kind, String step, String part, String locale) {
        return resolved.computeIfAbsent(kind + "/" + step + "." + part + "." + locale,
                k -> Optional.ofNullable(lookUp(kind, step, part, locale))).orElse(null);
    }

    private Template lookUp(String kind, String step, String part, String locale) {
        for (String lang : List.of(locale == null ? DEFAULT_LOCALE : locale, DEFAULT_LOCALE)) {
            for (String id : List.of(kind + "/" + step + "." + part + "." + lang, kind + "/" + part + "." + lang)) {
                Template template = qute.getTemplate(id);
                if (template != null) {
                    return template;
                }
            }
        }
        return null;
    }

    private static String sms(String rendered) {
        String text = rendered.strip();
        int lastLine = text.lastIndexOf('\n');
        return lastLine < 0 ? SmsSegments.fit(text, "") : SmsSegments.fit(text.substring(0, lastLine), text.substring(lastLine));
    }
}
