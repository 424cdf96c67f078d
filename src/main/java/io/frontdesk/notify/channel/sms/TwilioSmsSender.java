package io.frontdesk.notify.channel.sms;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSender;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.channel.config.TwilioAccount;
import io.smallrye.mutiny.Uni;

/** Sends SMS through Twilio's Messages API. */
@ApplicationScoped
public class TwilioSmsSender implements ChannelSender {

    private final TwilioAccount account;

    @Inject
    public TwilioSmsSender(TwilioAccount account) {
        this.account = account;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
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
        return "sms:" + account.messagingServiceSid().orElseGet(() -> account.fromNumber().orElse("default"));
    }

    private SendReceipt create(OutboundMessage message) {
        Message sent = creator(message)
                .setStatusCallback(account.statusCallback())
                .create(account.client());
        return new SendReceipt("twilio", sent.getSid(), String.valueOf(sent.getStatus()));
    }

    private MessageCreator creator(OutboundMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        // A messaging service, when configured, picks the sender from its pool (and handles opt-outs).
        return account.messagingServiceSid()
                .map(service -> Message.creator(to, service, message.body()))
                .orElseGet(() -> Message.creator(to, new PhoneNumber(account.fromNumber().orElseThrow()), message.body()));
    }
}
