package io.frontdesk.notify.engine.render;

import io.frontdesk.notify.channel.OutboundMessage.Attachment;

/** A message's words for one channel: subject, HTML and an attached file only for email. */
public record RenderedMessage(String subject, String text, String html, Attachment attachment) {

    public RenderedMessage(String subject, String text, String html) {
        this(subject, text, html, null);
    }
}
