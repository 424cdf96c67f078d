package io.frontdesk.notify.channel;

/**
 * What a provider said when it took a message.
 *
 * @param provider   twilio, smtp or outbox
 * @param providerId the provider's id for the message (Twilio SID, SMTP message id, outbox id)
 * @param status     the provider's first status (queued, sent, accepted …)
 */
public record SendReceipt(String provider, String providerId, String status) {
}
