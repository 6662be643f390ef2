package org.parkgate.billing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link OnlineOrders#pollOrdersAtLanes()} every {@code parkgate.payments.lane-poll-interval}
 * on a thread of its own. The application's scheduled work shares one thread; on it the minute's
 * reconciliation asking a slow provider about every open order, the outbox, webhooks or a nightly
 * run could hold back the poll, and with it a barrier that a payment should raise within seconds.
 */
@Component
class LanePaymentPoll implements SmartLifecycle {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LanePaymentPoll.class);

    private final OnlineOrders orders;
    private final Duration interval;
    private @Nullable ScheduledExecutorService thread;

    LanePaymentPoll(OnlineOrders orders, @Value("${parkgate.payments.lane-poll-interval}") Duration interval) {
        this.orders = orders;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("lane-payment-poll").daemon().factory());
        poll.scheduleWithFixedDelay(this::pollOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        thread = poll;
    }

    /** One round; a failure is logged and the next round runs (a thrown exception would end them all). */
    private void pollOnce() {
        try {
            orders.pollOrdersAtLanes();
        } catch (RuntimeException failed) {
            log.error("Asking the providers about the lanes' orders failed; the next round asks again", failed);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService poll = thread;
        thread = null;
        if (poll != null) {
            poll.shutdownNow();
            try {
                poll.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
