package io.frontdesk.notify.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.frontdesk.notify.engine.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Replaces the wall clock in tests, so a day of reminders runs in milliseconds. It stands still unless a test
 * lets it {@link #run()}, for what waits in real time (a paced sender's slots).
 */
@ApplicationScoped
public class TestClock implements ServiceClock {

    private volatile Instant now = Instant.parse("2026-11-24T06:05:00Z");

    /** While running: the wall clock shifted to where this clock stood; null while it stands still. */
    private volatile Clock running;

    @Override
    public Instant now() {
        Clock clock = running;
        return clock == null ? now : clock.instant();
    }

    public void set(String offsetDateTime) {
        set(OffsetDateTime.parse(offsetDateTime).toInstant());
    }

    /** Stands still at {@code instant}. */
    public void set(Instant instant) {
        running = null;
        now = instant;
    }

    public void advance(Duration by) {
        set(now().plus(by));
    }

    /** Goes on from where it stands at wall-clock speed, until set again. */
    public void run() {
        running = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), now));
    }
}
