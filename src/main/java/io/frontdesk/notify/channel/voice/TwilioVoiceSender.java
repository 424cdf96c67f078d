package io.frontdesk.notify.channel.voice;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSender;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.channel.config.TwilioAccount;
import io.smallrye.mutiny.Uni;

/** Places a call through Twilio that reads the message aloud, with inline TwiML so no webhook is needed. */
@ApplicationScoped
public class TwilioVoiceSender implements ChannelSender {

    private final TwilioAccount account;

    @Inject
    public TwilioVoiceSender(TwilioAccount account) {
        this.account = account;
    }

    @Override
    public Channel channel() {
        return Channel.VOICE;
    }

    // Quick retries ride out a blip; the breaker stops hammering a provider that is down, and then the
    // dispatcher parks the reminders until it returns (ProviderOutage). Tunable per method through
    // quarkus.fault-tolerance."<class>/send".*; README "Delivery" documents the schedule.
    @Timeout(15000)
    @Retry(maxRetries = 2, delay = 500, jitter = 250, abortOn = PermanentSendFailure.class)
    @ExponentialBackoff(maxDelay = 4000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30000, successThreshold = 2,
            skipOn = PermanentSendFailure.class)
    @Override
    public Uni<SendReceipt> send(OutboundMessage message) {
        return account.request(() -> create(message));
    }

    @Override
    public String paceKey() {
        return "voice:" + account.fromNumber().orElse("default");
    }

    private SendReceipt create(OutboundMessage message) {
        Call call = Call.creator(new PhoneNumber(message.to()),
                        new PhoneNumber(account.fromNumber().orElseThrow()),
                        new Twiml(twiml(message)))
                .setStatusCallback(account.statusCallback())
                .create(account.client());
        return new SendReceipt("twilio", call.getSid(), String.valueOf(call.getStatus()));
    }

    static String twiml(OutboundMessage message) {
        return "<Response><Say language=\"" + language(message.locale()) + "\">"
                + escapeXml(message.body()) + "</Say></Response>";
    }

    /** zh-CN is the default locale; anything English is read in US English. */
    static String language(String locale) {
        return locale != null && locale.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
    }

    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
