package io.frontdesk.notify.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The form posts the Twilio SDK made to the stand-in, decoded. */
public final class TwilioRequests {

    private TwilioRequests() {
    }

    public static List<Map<String, String>> messagesTo(String phone) {
        return posts("Messages", phone);
    }

    public static List<Map<String, String>> callsTo(String phone) {
        return posts("Calls", phone);
    }

    private static List<Map<String, String>> posts(String resource, String phone) {
        return StandIns.twilio().findAll(postRequestedFor(urlPathMatching("/2010-04-01/Accounts/[^/]+/" + resource + "\\.json")))
                .stream()
                .map(r -> form(r.getBodyAsString()))
                .filter(f -> phone.equals(f.get("To")))
                .toList();
    }

    public static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
