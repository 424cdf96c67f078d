package io.frontdesk.notify.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Local stand-ins for the providers: WireMock answers like Twilio's REST API, GreenMail is the SMTP server
 * (refusing the mailboxes a test names, {@link RefusingGreenMail}).
 * GLOBAL scope applies it to every @QuarkusTest, so all test classes share one Quarkus boot.
 */
@WithTestResource(value = StandIns.class, scope = TestResourceScope.GLOBAL)
public class StandIns implements QuarkusTestResourceLifecycleManager {

    public static final String ACCOUNT_SID = "ACtest00000000000000000000000000";
    public static final String AUTH_TOKEN = "test-token";
    public static final String FROM_NUMBER = "+15005550006";
    public static final String MESSAGE_SID = "SM0123456789abcdef0123456789abcdef";
    public static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";
    /** Twilio's magic test number for an invalid 'To' (error 21211). */
    public static final String INVALID_NUMBER = "+15005550001";

    private static WireMockServer twilio;
    private static RefusingGreenMail smtp;

    public static WireMockServer twilio() {
        return twilio;
    }

    public static RefusingGreenMail smtp() {
        return smtp;
    }

    @Override
    public Map<String, String> start() {
        twilio = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        twilio.start();
        stubTwilio(twilio);

        smtp = new RefusingGreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();

        return Map.ofEntries(
                Map.entry("twilio.account-sid", ACCOUNT_SID),
                Map.entry("twilio.auth-token", AUTH_TOKEN),
                Map.entry("twilio.from-number", FROM_NUMBER),
                Map.entry("twilio.api-url", "http://127.0.0.1:" + twilio.port()),
                Map.entry("quarkus.mailer.host", "127.0.0.1"),
                Map.entry("quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort())),
                Map.entry("quarkus.mailer.tls", "false"),
                Map.entry("quarkus.mailer.start-tls", "DISABLED"),
                Map.entry("quarkus.mailer.mock", "false"));
    }

    @Override
    public void stop() {
        if (twilio != null) {
            twilio.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /**
     * Twilio-shaped answers: 201 with the created resource, and 400/21211 for the magic invalid number.
     * Public for the stand-in of the packaged service's tests (ReplicaProcessesIT).
     */
    public static void stubTwilio(WireMockServer server) {
        server.stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Messages\\.json"))
                .atPriority(10)
                .willReturn(created(messageJson())));
        server.stubFor(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/Calls\\.json"))
                .atPriority(10)
                .willReturn(created(callJson())));
        server.stubFor(invalidNumber(post(urlPathMatching("/2010-04-01/Accounts/[^/]+/(Messages|Calls)\\.json"))));
    }

    private static MappingBuilder invalidNumber(MappingBuilder request) {
        return request.atPriority(1)
                .withRequestBody(containing("To=" + INVALID_NUMBER.replace("+", "%2B")))
                .willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"code": 21211,
                                 "message": "The 'To' number %s is not a valid phone number.",
                                 "more_info": "https://www.twilio.com/docs/errors/21211",
                                 "status": 400}""".formatted(INVALID_NUMBER)));
    }

    private static ResponseDefinitionBuilder created(String json) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(json);
    }

    private static String messageJson() {
        return """
                {"account_sid": "%1$s", "api_version": "2010-04-01", "body": "queued body",
                 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
                 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api",
                 "error_code": null, "error_message": null, "from": "%2$s", "messaging_service_sid": null,
                 "num_media": "0", "num_segments": "1", "price": null, "price_unit": "USD",
                 "sid": "%3$s", "status": "queued",
                 "subresource_uris": {"media": "/2010-04-01/Accounts/%1$s/Messages/%3$s/Media.json"},
                 "to": "+8613800138000", "uri": "/2010-04-01/Accounts/%1$s/Messages/%3$s.json"}
                """.formatted(ACCOUNT_SID, FROM_NUMBER, MESSAGE_SID);
    }

    private static String callJson() {
        return """
                {"account_sid": "%1$s", "annotation": null, "answered_by": null, "api_version": "2010-04-01",
                 "caller_name": null, "date_created": null, "date_updated": null, "direction": "outbound-api",
                 "duration": null, "end_time": null, "forwarded_from": null, "from": "%2$s",
                 "from_formatted": "(500) 555-0006", "group_sid": null, "parent_call_sid": null,
                 "phone_number_sid": null, "price": null, "price_unit": "USD", "sid": "%3$s",
                 "start_time": null, "status": "queued", "to": "+8613800138000",
                 "to_formatted": "+8613800138000", "trunk_sid": null,
                 "uri": "/2010-04-01/Accounts/%1$s/Calls/%3$s.json", "queue_time": "0"}
                """.formatted(ACCOUNT_SID, FROM_NUMBER, CALL_SID);
    }
}
