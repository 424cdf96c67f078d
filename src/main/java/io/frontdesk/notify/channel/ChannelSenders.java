package io.frontdesk.notify.channel;

import java.util.EnumMap;
import java.util.Map;

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
    /** Below application.properties (250), the lowest place a value is set on purpose; above all defaults. */
    static final int LOWEST_OPERATOR_ORDINAL = 100;

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, String> providers = new EnumMap<>(Channel.class);

    @Inject
    public ChannelSenders(TwilioAccount twilio, TwilioSmsSender twilioSms, TwilioVoiceSender twilioVoice,
                          SmtpEmailSender smtp, OutboxSender outbox, Config config) {
        String twilioName = "Twilio (" + twilio.apiUrl() + ")";
        use(Channel.SMS, twilio.canSendSms() ? twilioSms : null, twilioName, outbox);
        use(Channel.VOICE, twilio.canCall() ? twilioVoice : null, twilioName, outbox);
        use(Channel.EMAIL, mailerHostConfigured(config) ? smtp : null,
                "SMTP (" + config.getConfigValue(MAILER_HOST).getValue() + ")", outbox);
    }

    public ChannelSender forChannel(Channel channel) {
        return senders.get(channel);
    }

    void logProviders(@Observes StartupEvent event) {
        providers.forEach((channel, provider) -> LOG.infof("Channel %s is sent by %s", channel, provider));
    }

    private void use(Channel channel, ChannelSender provider, String providerName, OutboxSender outbox) {
        if (provider != null) {
            senders.put(channel, provider);
            providers.put(channel, providerName);
        } else {
            senders.put(channel, new Outbox(channel, outbox));
            providers.put(channel, "the local outbox (GET /api/outbox): provider not configured");
        }
    }

    /**
     * The mailer has a default host (localhost), so only a value set on purpose counts: defaults come from
     * DefaultValuesConfigSource, ranked at Integer.MIN_VALUE, below every real source.
     */
    static boolean mailerHostConfigured(Config config) {
        ConfigValue host = config.getConfigValue(MAILER_HOST);
        return host.getRawValue() != null && !host.getRawValue().isBlank()
                && host.getSourceOrdinal() >= LOWEST_OPERATOR_ORDINAL;
    }

    /** The outbox seen as the sender of one channel. */
    private record Outbox(Channel channel, OutboxSender outbox) implements ChannelSender {

        @Override
        public Uni<SendReceipt> send(OutboundMessage message) {
            return outbox.send(message);
        }
    }
}
