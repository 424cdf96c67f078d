package io.frontdesk.notify.channel.config;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK has no base-URL setting, so this client sends every request meant for
 * {@code https://<x>.twilio.com} to the configured base URL instead (a local stand-in in tests).
 * Region and edge stay unset on the copy: the SDK would splice them into a dotted host such as 127.0.0.1.
 */
public class RebasingHttpClient extends NetworkHttpClient {

    private static final Pattern TWILIO_ORIGIN = Pattern.compile("^https://([A-Za-z0-9-]+\\.)*twilio\\.com(?=[/?#]|$)");

    private final String baseUrl;

    public RebasingHttpClient(String baseUrl) {
        // Apache's client would retry a 503 after a second on its own: retries are the senders' (@Retry) and
        // the dispatcher's, declared and bounded in one place.
        super(HttpClientBuilder.create().disableAutomaticRetries().setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Response makeRequest(Request request) {
        return super.makeRequest(rebase(request));
    }

    /** One try: the SDK's own loop (three tries, 100 ms apart) would multiply the senders' @Retry. */
    @Override
    public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
        return makeRequest(request);
    }

    String rebase(String url) {
        return TWILIO_ORIGIN.matcher(url).replaceFirst(baseUrl);
    }

    private Request rebase(Request original) {
        Request copy = new Request(original.getMethod(), rebase(original.getUrl()));
        if (original.getAuthStrategy() != null) {
            copy.setAuth(original.getAuthStrategy());
        } else if (original.getUsername() != null) {
            copy.setAuth(original.getUsername(), original.getPassword());
        }
        copyAll(original.getQueryParams(), copy::addQueryParam);
        copyAll(original.getPostParams(), copy::addPostParam);
        copyAll(original.getHeaderParams(), copy::addHeaderParam);
        copy.setContentType(original.getContentType());
        copy.setBody(original.getBody());
        copy.setFormParameters(original.getFormParameters());
        copy.setUserAgentExtensions(original.getUserAgentExtensions());
        return copy;
    }

    private static void copyAll(Map<String, List<String>> params, BiConsumer<String, String> add) {
        params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
    }
}
