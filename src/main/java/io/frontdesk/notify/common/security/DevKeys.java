package io.frontdesk.notify.common.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.jboss.logging.Logger;

import io.frontdesk.notify.common.config.EarlyConfig;

/**
 * The zero-setup default for tokens: with no verification key configured, a key pair is made for this
 * run only and the local token endpoint ({@code POST /api/dev/tokens}) is switched on. Configure
 * {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} (or {@code MP_JWT_VERIFY_PUBLICKEY}) and neither happens.
 */
public final class DevKeys {

    private static final Logger LOG = Logger.getLogger(DevKeys.class);

    private DevKeys() {
    }

    public static void generateIfNoKeyConfigured() {
        if (EarlyConfig.value("mp.jwt.verify.publickey").isPresent()
                || EarlyConfig.value("mp.jwt.verify.publickey.location").isPresent()) {
            return;
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        System.setProperty("mp.jwt.verify.publickey", pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        System.setProperty("smallrye.jwt.sign.key", pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        System.setProperty("frontdesk.auth.dev-tokens", "true");
        LOG.warn("No token verification key configured: made one for this run and opened POST /api/dev/tokens."
                + " Configure MP_JWT_VERIFY_PUBLICKEY_LOCATION in production.");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
