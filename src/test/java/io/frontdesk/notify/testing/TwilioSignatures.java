package io.frontdesk.notify.testing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the way Twilio does: HMAC-SHA1, keyed by the auth token, over the full URL followed by
 * each POST parameter's name and value in name order; Base64.
 */
public final class TwilioSignatures {

    public static final String PUBLIC_BASE_URL = "http://localhost:8080";

    private TwilioSignatures() {
    }

    public static String signature(String path, Map<String, String> params) {
        StringBuilder data = new StringBuilder(PUBLIC_BASE_URL + path);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(StandIns.AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters, unchanged: reads well next to {@link #signature}. */
    public static Map<String, String> signed(String path, Map<String, String> params) {
        return params;
    }
}
