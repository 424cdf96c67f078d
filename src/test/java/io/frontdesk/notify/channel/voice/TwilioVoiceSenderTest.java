package io.frontdesk.notify.channel.voice;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.BasicCredentials;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.testing.StandIns;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TwilioVoiceSenderTest {

    private static final String CALLS = "/2010-04-01/Accounts/" + StandIns.ACCOUNT_SID + "/Calls.json";

    @Inject
    TwilioVoiceSender sender;

    @BeforeEach
    void forgetEarlierRequests() {
        StandIns.twilio().resetRequests();
    }

    @Test
    void placesACallThatSaysTheEscapedTextInTheMessageLanguage() {
        SendReceipt receipt = sender.send(call("+8613800138000", "1203室 <欠費> & \"紅線\"", "zh-CN"))
                .await().indefinitely();

        assertEquals(new SendReceipt("twilio", StandIns.CALL_SID, "queued"), receipt);
        StandIns.twilio().verify(1, postRequestedFor(urlPathEqualTo(CALLS))
                .withBasicAuth(new BasicCredentials(StandIns.ACCOUNT_SID, StandIns.AUTH_TOKEN))
                .withFormParam("To", equalTo("+8613800138000"))
                .withFormParam("From", equalTo(StandIns.FROM_NUMBER))
                .withFormParam("Twiml", equalTo("<Response><Say language=\"zh-CN\">"
                        + "1203室 &lt;欠費&gt; &amp; &quot;紅線&quot;</Say></Response>"))
                .withFormParam("StatusCallback", equalTo("http://localhost:8080/api/twilio/status")));
    }

    @Test
    void speaksUsEnglishForAnEnglishMessage() {
        sender.send(call("+8613800138000", "Your key is overdue.", "en")).await().indefinitely();

        StandIns.twilio().verify(1, postRequestedFor(urlPathEqualTo(CALLS))
                .withFormParam("Twiml", equalTo("<Response><Say language=\"en-US\">Your key is overdue.</Say></Response>")));
    }

    @Test
    void callingAnInvalidNumberIsAPermanentFailure() {
        PermanentSendFailure failure = assertThrows(PermanentSendFailure.class,
                () -> sender.send(call(StandIns.INVALID_NUMBER, "hello", "en")).await().indefinitely());

        assertEquals("21211", failure.code());
    }

    private static OutboundMessage call(String to, String body, String locale) {
        return new OutboundMessage(7, Channel.VOICE, to, null, body, null, locale);
    }
}
