package io.frontdesk.notify.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;

import io.frontdesk.notify.channel.config.TwilioAccount;
import io.frontdesk.notify.channel.email.SmtpEmailSender;
import io.frontdesk.notify.channel.outbox.OutboxSender;
import io.frontdesk.notify.channel.sms.TwilioSmsSender;
import io.frontdesk.notify.channel.voice.TwilioVoiceSender;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/** Picks the provider for each channel: the real one when it is configured, the local outbox otherwise. */
@ApplicationScoped
public class ChannelSenders {

    private static final Logger LOG = Logger.getLogger(ChannelSenders.class);
    static final String MAILER_HOST = "quarkus.mailer.host";

    private final ChannelSender sms;
    private final ChannelSender voice;
    private final ChannelSender email;

    @Inject
    public ChannelSenders(TwilioAccount twilio, TwilioSmsSender twilioSms, TwilioVoiceSender twilioVoice,
                          SmtpEmailSender smtp, OutboxSender outbox, Config config) {
        this.sms = twilio.canSendSms() ? twilioSms : new Outbox(Channel.SMS, outbox);
        this.voice = twilio.canCall() ? twilioVoice : new Outbox(Channel.VOICE, outbox);
        this.email = mailerHostConfigured(config) ? smtp : new Outbox(Channel.EMAIL, outbox);
    }

    public ChannelSender forChannel(Channel channel) {
        return switch (channel) {
            case SMS -> sms;
            case VOICE -> voice;
            case EMAIL -> email;
        };
    }

    void logProviders(@Observes StartupEvent event) {
        for (Channel channel : Channel.values()) {
            LOG.infof("Channel %s is sent by %s", channel, describe(forChannel(channel)));
        }
    }

    private static String describe(ChannelSender sender) {
        return sender instanceof Outbox ? "the local outbox (GET /api/outbox)" : sender.getClass().getSimpleName();
    }

    /**
     * The mailer has a default host (localhost), so only a value set by the operator counts: one that comes
     * from a real config source rather than from the defaults.
     */
    static boolean mailerHostConfigured(Config config) {
        ConfigValue host = config.getConfigValue(MAILER_HOST);
        return host.getRawValue() != null && !host.getRawValue().isBlank()
                && host.getSourceName() != null && !host.getSourceName().contains("Default");
    }

    /** The outbox seen as the sender of one channel. */
    private record Outbox(Channel channel, OutboxSender outbox) implements ChannelSender {

        @Override
        public Uni<SendReceipt> send(OutboundMessage message) {
            return outbox.send(message);
        }
    }
}
