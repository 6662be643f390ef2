package org.parkgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the test moves by hand. Starts at {@link #START}, a fixed working-day morning in
 * Shanghai (outside the SMS quiet hours), so no test depends on when it runs; the Spring test
 * base puts it back there before every test.
 */
public final class TestClock extends Clock {

    /** Wednesday 2026-06-10 10:00 in Asia/Shanghai. */
    public static final Instant START = Instant.parse("2026-06-10T02:00:00Z");

    private volatile Instant now = START;
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

    /** Back to {@link #START}. */
    public void reset() {
        now = START;
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
