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

    @Autowired
    StaffUserService users;

    @Autowired
    AuditLog audit;

    @Autowired
    ClientAddressThrottle addresses;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static final java.util.concurrent.atomic.AtomicInteger BURSTS = new java.util.concurrent.atomic.AtomicInteger();

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

        assertThat(throttle.lockedUntil("cashier")).as("the right password did not lift the lock").isPresent();
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

    @Test
    void aParallelBurstGetsNoMoreTriesThanOneAfterAnotherAndTheRightPasswordStaysLockedOut() throws Exception {
        String name = "burst-" + BURSTS.incrementAndGet();
        users.createDirectly(name, "Burst", "the-right-password-1", java.util.Set.of(Role.CASHIER), false);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        try {
            var burst = new java.util.ArrayList<java.util.concurrent.Callable<Object>>();
            for (int i = 0; i < 24; i++) {
                burst.add(() -> {
                    try {
                        return signIn(name, "wrong-" + Thread.currentThread().getName());
                    } catch (org.springframework.security.core.AuthenticationException refused) {
                        return refused;
                    }
                });
            }
            burst.add(() -> { // the right one, in the middle of the burst
                try {
                    return signIn(name, "the-right-password-1");
                } catch (org.springframework.security.core.AuthenticationException refused) {
                    return refused;
                }
            });
            for (var outcome : pool.invokeAll(burst)) {
                outcome.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(throttle.lockedUntil(name)).as("locked at the end, whatever the order").isPresent();
        assertThatThrownBy(() -> signIn(name, "the-right-password-1")).as("the right password during the lock")
                .isInstanceOf(LockedException.class);
        assertThat(throttle.lockedUntil(name)).as("and it did not lift the lock").isPresent();
        login("admin", Role.ADMIN);
        assertThat(audit.page(0, 500)).filteredOn(event -> event.action() == AuditAction.LOGIN_FAILED
                && name.equals(event.subject())).as("passwords actually tried").hasSizeLessThanOrEqualTo(
                LoginThrottle.MAX_FAILURES).allSatisfy(event -> assertThat(event.actor()).isEqualTo(AuditLog.ANONYMOUS));
    }

    @Test
    void oneMachineCannotLockEveryAccount() {
        var attacker = new org.springframework.security.web.authentication.WebAuthenticationDetails("198.51.100.7", null);
        for (int i = 0; i < ClientAddressThrottle.MAX_FAILURES; i++) {
            String name = "victim-" + BURSTS.incrementAndGet(); // a few tries each: no name reaches its lock
            assertThatThrownBy(() -> signInFrom(attacker, name, "guess")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signInFrom(attacker, "admin", "demo")).as("the address is stopped")
                .isInstanceOf(LockedException.class);
        assertThat(throttle.lockedUntil("admin")).as("without counting against admin").isEmpty();
        var colleague = new org.springframework.security.web.authentication.WebAuthenticationDetails("198.51.100.8", null);
        assertThat(signInFrom(colleague, "admin", "demo").isAuthenticated()).as("others sign in as usual").isTrue();
        // other tests leave entries dated later (their clock moved on): look for these by what they say
        assertThat(jdbc.sql("SELECT actor, detail FROM audit_event WHERE action = 'LOGIN_FAILED' AND subject LIKE 'victim-%'")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
                .hasSizeGreaterThanOrEqualTo(ClientAddressThrottle.MAX_FAILURES)
                .allSatisfy(entry -> assertThat(entry).startsWith("anonymous ").endsWith("from 198.51.100.7"));
        addresses.forget("198.51.100.7"); // as it was for the tests after this one
    }

    private org.springframework.security.core.Authentication signInFrom(Object details, String username,
            String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(details);
        return authenticationManager.authenticate(token);
    }

    private org.springframework.security.core.Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
