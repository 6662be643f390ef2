package org.parkgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Sign-in through the real authentication manager and database, with the clock moved by hand. */
class LoginThrottleTest extends KaribuTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void unlockAll() {
        login("admin", Role.ADMIN);
        throttle.activeLocks().forEach(lock -> throttle.unlock(lock.username()));
        SecurityContextHolder.clearContext();
    }

    @Test
    void fiveFailuresLockTheNameForFiveMinutesEvenWithTheRightPassword() {
        failFourTimes("cashier", "wrong");
        assertThatThrownBy(() -> signIn("cashier", "wrong")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn("cashier", "demo")).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThatThrownBy(() -> signIn("cashier", "demo")).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn("cashier", "demo").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        failFourTimes("guard", "wrong");
        signIn("guard", "demo");
        assertThatThrownBy(() -> signIn("guard", "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void unknownNamesLockTheSameWaySoLocksRevealNothing() {
        failFourTimes("nobody-here", "x");
        assertThatThrownBy(() -> signIn("nobody-here", "x")).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn("nobody-here", "x")).isInstanceOf(LockedException.class);
    }

    @Test
    void adminsSeeTheLockAndCanLiftIt() {
        failFourTimes("Manager", "wrong");
        assertThatThrownBy(() -> signIn("Manager", "wrong")).isInstanceOf(LockedException.class);
        login("admin", Role.ADMIN);
        assertThat(throttle.activeLocks()).extracting(LoginLock::username).containsExactly("manager");
        assertThat(throttle.activeLocks().getFirst().lockedUntil())
                .isCloseTo(clock.instant().plus(LoginThrottle.LOCK_DURATION), within(1, ChronoUnit.MILLIS));

        throttle.unlock("manager");
        assertThat(throttle.activeLocks()).isEmpty();
        assertThat(signIn("manager", "demo").isAuthenticated()).isTrue();
    }

    /** One short of the limit: each attempt is still a plain wrong password. */
    private void failFourTimes(String username, String password) {
        for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThatThrownBy(() -> signIn(username, password)).isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
