package org.parkgate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the test moves by hand. Starts at {@link #START}, a fixed working-day morning in
 * Shanghai (outside the SMS quiet hours), so no test depends on when it runs; the Spring test
 * base puts it back there before every test ({@link #startNextTest}), each test 10 seconds after
 * the one before, so that what one test did is never a repeat of another's (a lane takes the same plate
 * again within 5 s for a camera's re-push).
 */
public final class TestClock extends Clock {

    /** Wednesday 2026-06-10 10:00 in Asia/Shanghai. */
    public static final Instant START = Instant.parse("2026-06-10T02:00:00Z");

    private static final Duration BETWEEN_TESTS = Duration.ofSeconds(10);

    private volatile Instant testStart = START;
    private volatile Instant now = START;
    private volatile boolean moved;
    private final ZoneId zone;

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
        moved = true;
    }

    public void set(Instant instant) {
        now = instant;
        moved = true;
    }

    /** Back to where the current test started. */
    public void reset() {
        now = testStart;
    }

    /**
     * For the test base, before each test: 10 seconds after the previous test's start; whether the
     * clock was moved since (so what was computed for "today" may be for another day).
     */
    public boolean startNextTest() {
        boolean wasMoved = moved;
        testStart = testStart.plus(BETWEEN_TESTS);
        now = testStart;
        moved = false;
        return wasMoved;
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
