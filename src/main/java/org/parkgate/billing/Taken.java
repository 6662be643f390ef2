package org.parkgate.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.parkgate.security.AuditLog;

/**
 * When and by whom money moved: now, by whoever is signed in (every payment and reversal of the
 * running system), or a past moment of the demo's made-up history ({@link DemoPayments}).
 */
record Taken(Instant at, String by) {

    static Taken now(Clock clock) {
        return new Taken(clock.instant(), AuditLog.currentActor());
    }

    /** The day it happened, in the site's zone: late fees and receipt numbers go by it. */
    LocalDate day(Clock clock) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
