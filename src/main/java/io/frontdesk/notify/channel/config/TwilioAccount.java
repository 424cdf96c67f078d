package io.frontdesk.notify.channel.config;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.frontdesk.notify.common.config.FrontdeskConfig;

import com.twilio.http.TwilioRestClient;

import io.frontdesk.notify.channel.SendReceipt;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The configured Twilio account: whether SMS and voice can use it, its REST client and callback URL. */
@ApplicationScoped
public class TwilioAccount {

    static final String STATUS_CALLBACK_PATH = "/api/twilio/status";

    private final TwilioConfig config;
    private final URI statusCallback;
    private volatile TwilioRestClient client;

    @Inject
    public TwilioAccount(TwilioConfig config, FrontdeskConfig frontdesk) {
        this(config, frontdesk.publicBaseUrl());
    }

    /** @param publicBaseUrl how Twilio reaches this service */
    public TwilioAccount(TwilioConfig config, String publicBaseUrl) {
        this.config = config;
        this.statusCallback = URI.create(publicBaseUrl.replaceAll("/+$", "") + STATUS_CALLBACK_PATH);
    }

    /** Whether a webhook request really comes from Twilio: its signature over URL and parameters (issue 6). */
    public boolean signatureValid(String url, java.util.Map<String, String> params, String signature) {
        return signature != null && config.authToken()
                .map(token -> new com.twilio.security.RequestValidator(token).validate(url, params, signature))
                .orElse(false);
    }

    /** Without Twilio credentials nothing can be verified, and nothing real calls the webhooks either. */
    public boolean verifiesWebhooks() {
        return config.authToken().filter(s -> !s.isBlank()).isPresent();
    }

    public boolean canSendSms() {
        return hasCredentials() && (config.fromNumber().isPresent() || config.messagingServiceSid().isPresent());
    }

    /** A call needs a caller number; a messaging service cannot place calls. */
    public boolean canCall() {
        return hasCredentials() && config.fromNumber().isPresent();
    }

    public Optional<String> fromNumber() {
        return config.fromNumber();
    }

    public Optional<String> messagingServiceSid() {
        return config.messagingServiceSid();
    }

    /** Runs an SDK call, which blocks on HTTP, off the event loop; Twilio's refusals become failures we classify. */
    public Uni<SendReceipt> request(Supplier<SendReceipt> call) {
        return Uni.createFrom().item(call)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure().transform(TwilioFailures::classify);
    }

    public URI statusCallback() {
        return statusCallback;
    }

    public String apiUrl() {
        return config.apiUrl();
    }

    /**
     * Builds the REST client as the service starts, when there are credentials. Built on the first send instead, it
     * held the first messages of a burst a few hundred milliseconds (its HTTP client pool, class loading), and the
     * sends waiting for it then reached Twilio all at once, in any order (bench/, pacing at 100/s after a cold start).
     */
    void buildClient(@Observes StartupEvent event) {
        if (hasCredentials()) {
            client();
        }
    }

    /** Built once, and only with credentials, so a service without Twilio never creates an HTTP client pool. */
    public TwilioRestClient client() {
        TwilioRestClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = new TwilioRestClient.Builder(
                            config.accountSid().orElseThrow(() -> new IllegalStateException("twilio.account-sid is not set")),
                            config.authToken().orElseThrow(() -> new IllegalStateException("twilio.auth-token is not set")))
                            .httpClient(new RebasingHttpClient(config.apiUrl()))
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    private boolean hasCredentials() {
        return config.accountSid().filter(s -> !s.isBlank()).isPresent()
                && config.authToken().filter(s -> !s.isBlank()).isPresent();
    }
}
