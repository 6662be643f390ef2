package org.parkgate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failures per client address (sign-ins, and wrong device keys with a limit of their own): more
 * than the limit ({@value #MAX_FAILURES} for sign-ins) within {@link #WINDOW} and that address is
 * refused for the rest of the window, without its sign-in attempts counting against any name, so
 * one machine cannot lock every account (admin included) over and over. Kept in memory:
 * a restart forgets it, the per-name locks stay in the database.
 */
@Component
class ClientAddressThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** Addresses remembered at most; beyond that the oldest entries are forgotten (bounded memory). */
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;

    /** For sign-ins: {@value #MAX_FAILURES} failures. */
    @org.springframework.beans.factory.annotation.Autowired
    ClientAddressThrottle(Clock clock) {
        this(clock, MAX_FAILURES);
    }

    ClientAddressThrottle(Clock clock, int maxFailures) {
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    boolean blocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= maxFailures;
        }
    }

    void failed(String address) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    forgetOld(entry.getValue());
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, any -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
        }
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
    }
}
