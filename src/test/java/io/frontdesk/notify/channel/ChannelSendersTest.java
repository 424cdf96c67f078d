package io.frontdesk.notify.channel;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.frontdesk.notify.channel.email.SmtpEmailSender;
import io.frontdesk.notify.channel.sms.TwilioSmsSender;
import io.frontdesk.notify.channel.voice.TwilioVoiceSender;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ChannelSendersTest {

    @Inject
    ChannelSenders senders;

    @Test
    void configuredProvidersSendEveryChannel() {
        assertInstanceOf(TwilioSmsSender.class, senders.forChannel(Channel.SMS));
        assertInstanceOf(TwilioVoiceSender.class, senders.forChannel(Channel.VOICE));
        assertInstanceOf(SmtpEmailSender.class, senders.forChannel(Channel.EMAIL));
    }
}
