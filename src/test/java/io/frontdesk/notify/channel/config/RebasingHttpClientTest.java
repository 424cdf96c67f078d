package io.frontdesk.notify.channel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RebasingHttpClientTest {

    private final RebasingHttpClient client = new RebasingHttpClient("http://127.0.0.1:8089/");

    @Test
    void movesTheRestApiToTheConfiguredBase() {
        assertEquals("http://127.0.0.1:8089/2010-04-01/Accounts/AC1/Messages.json",
                client.rebase("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json"));
    }

    @Test
    void movesOtherTwilioProductHostsToo() {
        assertEquals("http://127.0.0.1:8089/v1/Services", client.rebase("https://messaging.twilio.com/v1/Services"));
    }

    @Test
    void leavesHostsThatOnlyLookLikeTwilioAlone() {
        assertEquals("https://api.twilio.com.evil.example/x", client.rebase("https://api.twilio.com.evil.example/x"));
    }
}
