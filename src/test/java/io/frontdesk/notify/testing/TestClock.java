package io.frontdesk.notify.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.frontdesk.notify.engine.time.ServiceClock;
import jakarta.enterprise.context.ApplicationScoped;

/** Replaces the wall clock in tests, so a day of reminders runs in milliseconds. */
@ApplicationScoped
public class TestClock implements ServiceClock {

    private volatile Instant now = Instant.parse("2026-11-24T06:05:00Z");

    @Override
    public Instant now() {
        return now;
    }

    public void set(String offsetDateTime) {
        now = OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
