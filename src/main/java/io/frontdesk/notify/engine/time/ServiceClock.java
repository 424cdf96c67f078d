package io.frontdesk.notify.engine.time;

import java.time.Instant;

/** The one source of "now" for scheduling, so tests can step through a day in milliseconds. */
public interface ServiceClock {

    Instant now();
}
