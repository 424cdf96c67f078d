package io.frontdesk.notify.channel.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.BasicCredentials;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.channel.config.TwilioAccount;
import io.frontdesk.notify.channel.config.TwilioConfig;
import io.frontdesk.notify.testing.StandIns;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TwilioSmsSenderTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + StandIns.ACCOUNT_SID + "/Messages.json";

    @Inject
    TwilioSmsSender sender;

    @BeforeEach
    void forgetEarlierRequests() {
        StandIns.twilio().resetRequests();
    }

    @Test
    void postsToFromBodyAndStatusCallbackWithTheAccountCredentials() {
        SendReceipt receipt = sender.send(sms("+8613800138000", "您的包裹已到前台，请凭取件码 1234 领取。"))
                .await().indefinitely();

        assertEquals(new SendReceipt("twilio", StandIns.MESSAGE_SID, "queued"), receipt);
        StandIns.twilio().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withBasicAuth(new BasicCredentials(StandIns.ACCOUNT_SID, StandIns.AUTH_TOKEN))
                .withFormParam("To", equalTo("+8613800138000"))
                .withFormParam("From", equalTo(StandIns.FROM_NUMBER))
                .withFormParam("Body", equalTo("您的包裹已到前台，请凭取件码 1234 领取。"))
                .withFormParam("StatusCallback", equalTo("http://localhost:8080/api/twilio/status"))
                .withoutFormParam("MessagingServiceSid"));
    }

    @Test
    void sendsFromTheMessagingServiceWhenOneIsConfigured() {
        TwilioAccount account = new TwilioAccount(messagingServiceConfig("MG0123456789abcdef0123456789abcdef"),
                "https://desk.example.com/");

        new TwilioSmsSender(account).send(sms("+8613800138000", "Parcel #123 is at the front desk."))
                .await().indefinitely();

        StandIns.twilio().verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
                .withFormParam("MessagingServiceSid", equalTo("MG0123456789abcdef0123456789abcdef"))
                .withFormParam("StatusCallback", equalTo("https://desk.example.com/api/twilio/status"))
                .withoutFormParam("From"));
    }

    @Test
    void anInvalidNumberIsAPermanentFailure() {
        PermanentSendFailure failure = assertThrows(PermanentSendFailure.class,
                () -> sender.send(sms(StandIns.INVALID_NUMBER, "hello")).await().indefinitely());

        assertEquals("21211", failure.code());
    }

    private static OutboundMessage sms(String to, String body) {
        return new OutboundMessage(42, Channel.SMS, to, null, body, null, "zh-CN");
    }

    private static TwilioConfig messagingServiceConfig(String messagingServiceSid) {
        return new TwilioConfig() {
            @Override
            public Optional<String> accountSid() {
                return Optional.of(StandIns.ACCOUNT_SID);
            }

            @Override
            public Optional<String> authToken() {
                return Optional.of(StandIns.AUTH_TOKEN);
            }

            @Override
            public Optional<String> fromNumber() {
                return Optional.empty();
            }

            @Override
            public Optional<String> messagingServiceSid() {
                return Optional.of(messagingServiceSid);
            }

            @Override
            public String apiUrl() {
                return StandIns.twilio().baseUrl();
            }
        };
    }
}
