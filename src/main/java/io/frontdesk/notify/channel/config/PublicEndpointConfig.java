package io.frontdesk.notify.channel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** How providers reach this service: status callbacks are built from it. */
@ConfigMapping(prefix = "frontdesk")
public interface PublicEndpointConfig {

    @WithName("public-base-url")
    String publicBaseUrl();
}
