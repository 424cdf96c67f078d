package io.frontdesk.notify.engine.time;

import java.time.Instant;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Wall-clock time; tests replace it with a bean of their own. */
@ApplicationScoped
@DefaultBean
public class SystemServiceClock implements ServiceClock {

    @Override
    public Instant now() {
        return Instant.now();
    }
}
