package io.frontdesk.notify.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The form posts the Twilio SDK made to the stand-in, decoded. */
public final class TwilioRequests {

    private TwilioRequests() {
    }

    public static List<Map<String, String>> messagesTo(String phone) {
        return posts("Messages", phone);
    }

    /** An SMS as the stand-in received it: to whom, and when by the wall clock. */
    public record Arrival(String to, Instant at) {
    }

    /** Every SMS the stand-in received, oldest first. */
    public static List<Arrival> messageArrivals() {
        return requests("Messages")
                .map(r -> new Arrival(form(r.getBodyAsString()).get("To"), r.getLoggedDate().toInstant()))
                .sorted(Comparator.comparing(Arrival::at))
                .toList();
    }

    public static List<Map<String, String>> callsTo(String phone) {
        return posts("Calls", phone);
    }

    private static List<Map<String, String>> posts(String resource, String phone) {
        return requests(resource)
                .map(r -> form(r.getBodyAsString()))
                .filter(f -> phone.equals(f.get("To")))
                .toList();
    }

    private static Stream<LoggedRequest> requests(String resource) {
        return StandIns.twilio().findAll(postRequestedFor(urlPathMatching("/2010-04-01/Accounts/[^/]+/" + resource + "\\.json")))
                .stream();
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
