package io.frontdesk.notify.engine.render;

/** A message's words for one channel: subject and HTML only for email. */
public record RenderedMessage(String subject, String text, String html) {
}
