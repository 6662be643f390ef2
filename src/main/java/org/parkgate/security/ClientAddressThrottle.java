package org.parkgate.security;

import org.springframework.beans.factory.annotation.Autowired;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * What one client address did within the last {@link #WINDOW}, each use with its own limit: failed
 * sign-ins (the bean, {@value #MAX_FAILURES}), wrong device keys, look-ups on the visitors' pay
 * page (their own instances). At the limit an address is refused for the rest of the window; for
 * sign-ins without its attempts counting against any name, so one machine cannot lock every
 * account (admin included) over and over. Kept in memory: a restart forgets it, the per-name
 * locks stay in the database. Thread-safe.
 */
@Component
public final class ClientAddressThrottle {

    static final int MAX_FAILURES = 20;
    /** How far back an address's events count. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /** Addresses remembered at most; beyond that the oldest entries are forgotten (bounded memory). */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    /** For sign-ins: {@value #MAX_FAILURES} failures. */
    @Autowired
    ClientAddressThrottle(Clock clock) {
        this(clock, MAX_FAILURES);
    }

    /** A throttle of its own: {@code limit} events per address within {@link #WINDOW}. */
    public ClientAddressThrottle(Clock clock, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A limit per address must be at least 1, not " + limit);
        }
        this.clock = clock;
        this.limit = limit;
    }

    /** Whether the address has used up its limit for now. */
    public boolean blocked(String address) {
        Deque<Instant> recent = events.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= limit;
        }
    }

    /** Counts one event (a failure) for the address, whether or not it is blocked already. */
    public void failed(String address) {
        Deque<Instant> recent = recentOf(address);
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    /**
     * Counts one use for the address and says whether it may go ahead: false (and not counted) once
     * the limit is used up within the window. One check and count, so parallel requests from one
     * address never get past the limit together.
     */
    public boolean admit(String address) {
        Deque<Instant> recent = recentOf(address);
        synchronized (recent) {
            forgetOld(recent);
            if (recent.size() >= limit) {
                return false;
            }
            recent.addLast(clock.instant());
            return true;
        }
    }

    /** Forgets what the address did: its count starts again. */
    public void forget(String address) {
        events.remove(address);
    }

    private Deque<Instant> recentOf(String address) {
        if (events.size() >= MAX_ADDRESSES) {
            events.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forgetOld(entry.getValue());
                    return entry.getValue().isEmpty();
                }
            });
        }
        return events.computeIfAbsent(address, any -> new ArrayDeque<>());
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }
}
