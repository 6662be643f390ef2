package org.parkgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand. Starts at the real current time. */
public final class TestClock extends Clock {

    private volatile Instant now = Instant.now();
    private final ZoneId zone;

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        var clock = new TestClock(newZone);
        clock.set(now);
        return clock;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
