package io.frontdesk.notify.common.config;

import java.util.Optional;

import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Configuration as Quarkus will see it (system properties, environment, {@code .env},
 * {@code config/application.properties}, {@code application.properties}, in the active profile), for the
 * few decisions made before Quarkus starts: whether to start an embedded database or make dev keys.
 */
public final class EarlyConfig {

    private static final SmallRyeConfig CONFIG = build();

    private EarlyConfig() {
    }

    public static Optional<String> value(String key) {
        return CONFIG.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    private static SmallRyeConfig build() {
        ClassLoader loader = EarlyConfig.class.getClassLoader();
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        return new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultInterceptors()
                .addDefaultSources() // system properties and environment
                .withSources(PropertiesConfigSourceLoader.inFileSystem(".env", 295, loader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem("config/application.properties", 260, loader))
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, loader))
                .build();
    }
}
