package io.frontdesk.notify.channel;

/**
 * One rendered message, ready for a provider.
 *
 * @param deliveryId the delivery row recorded before the provider call; providers echo it in callbacks
 * @param to         E.164 phone number for SMS and voice, an address for email
 * @param subject    email subject; null for SMS and voice
 * @param body       the text (SMS body, words spoken by voice, plain-text email part)
 * @param htmlBody   email HTML part, or null
 * @param locale     zh-CN or en: picks the voice language
 * @param attachment a file sent with an email (a report's CSV), or null
 */
public record OutboundMessage(long deliveryId, Channel channel, String to, String subject, String body,
                              String htmlBody, String locale, Attachment attachment) {

    /** A file attached to an email. */
    public record Attachment(String name, String contentType, String content) {
    }

    public OutboundMessage(long deliveryId, Channel channel, String to, String subject, String body, String htmlBody,
                           String locale) {
        this(deliveryId, channel, to, subject, body, htmlBody, locale, null);
    }
}
