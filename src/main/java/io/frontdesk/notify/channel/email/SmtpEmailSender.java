package io.frontdesk.notify.channel.email;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.ChannelSender;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;

/** Sends email through the configured SMTP server (quarkus.mailer.*). */
@ApplicationScoped
public class SmtpEmailSender implements ChannelSender {

    private final ReactiveMailer mailer;

    @Inject
    public SmtpEmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
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
        // SMTP gives no id back, so the Message-ID we set is the handle for the delivery.
        String messageId = "<delivery-" + message.deliveryId() + "." + UUID.randomUUID() + "@frontdesk-notify>";
        Mail mail = Mail.withText(message.to(), message.subject(), message.body())
                .addHeader("Message-ID", messageId);
        if (message.htmlBody() != null) {
            mail.setHtml(message.htmlBody());
        }
        if (message.attachment() != null) {
            mail.addAttachment(message.attachment().name(),
                    message.attachment().content().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    message.attachment().contentType());
        }
        return mailer.send(mail)
                .replaceWith(new SendReceipt("smtp", messageId, "accepted"))
                .onFailure().transform(SmtpEmailSender::classify);
    }

    /**
     * Replies about the server or this service's login rather than the message (421 closing, 454 and 530/534/535
     * authentication): a 5xx among them would fail every email for good, so they are waited out like an outage.
     */
    private static final Set<Integer> SERVER_UNAVAILABLE = Set.of(421, 454, 530, 534, 535);

    public static boolean serverUnavailable(Throwable failure) {
        return failure instanceof SMTPException smtp && SERVER_UNAVAILABLE.contains(smtp.getReplyCode());
    }

    /** Any other 5xx reply (unknown mailbox, rejected address) will not change on retry. */
    static Throwable classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp && smtp.isPermanent() && !serverUnavailable(smtp)) {
                return new PermanentSendFailure(String.valueOf(smtp.getReplyCode()), smtp.getReplyMessage());
            }
        }
        return failure;
    }
}
