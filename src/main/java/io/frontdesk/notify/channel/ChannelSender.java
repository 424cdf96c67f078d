package io.frontdesk.notify.channel;

import io.smallrye.mutiny.Uni;

/**
 * Hands a message to the provider of one channel. The dispatcher picks the sender for a channel
 * through {@link ChannelSenders}. A failure that retrying cannot fix (invalid number, rejected
 * address) is a {@link PermanentSendFailure}; anything else is treated as transient.
 */
public interface ChannelSender {

    Channel channel();

    Uni<SendReceipt> send(OutboundMessage message);

    /**
     * The provider's sender this message leaves from, when the provider limits how fast one sender may
     * send (a Twilio number or messaging service); null when there is no such limit.
     */
    default String paceKey() {
        return null;
    }
}
