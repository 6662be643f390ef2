package org.parkgate.owner;

import java.time.Duration;

/** How one-time codes are limited (issue 17): fixed rules, the same for every office. */
final class SignInLimits {

    static final int CODE_DIGITS = 6;
    static final Duration VALID = Duration.ofMinutes(5);
    static final int MAX_TRIES = 5;
    /** At most one code a minute and ten an hour, per number and per client address alike. */
    static final Duration SHORT_WINDOW = Duration.ofMinutes(1);
    static final int PER_SHORT_WINDOW = 1;
    static final Duration LONG_WINDOW = Duration.ofHours(1);
    static final int PER_LONG_WINDOW = 10;

    private SignInLimits() {
    }
}
