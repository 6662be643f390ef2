package org.parkgate.gate.modbus;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open command for a lane, with its deadline: taken by the lane's worker only while its time
 * has not run out, and given up by the caller when it has; whichever comes first wins, so a
 * command is either sent in time or never.
 */
final class OpenCommand {

    private static final int WAITING = 0;
    private static final int SENDING = 1;
    private static final int DROPPED = 2;

    private final long deadlineNanos;
    private final AtomicInteger phase = new AtomicInteger(WAITING);
    private final CompletableFuture<Boolean> taken = new CompletableFuture<>();

    OpenCommand(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    long deadlineNanos() {
        return deadlineNanos;
    }

    /** For the worker: true when the command may be sent now (in time, not given up). */
    boolean claim() {
        if (System.nanoTime() > deadlineNanos) {
            drop();
            return false;
        }
        return phase.compareAndSet(WAITING, SENDING);
    }

    /** Not sent, and never will be: replaced by a newer command, or its time ran out. */
    void drop() {
        if (phase.compareAndSet(WAITING, DROPPED)) {
            taken.complete(false);
        }
    }

    /** For the worker, after sending: whether the board took it. */
    void sent(boolean byTheBoard) {
        taken.complete(byTheBoard);
    }

    /**
     * For the caller: waits until the deadline; then gives the command up unless the worker is
     * already sending it, in which case it waits for that exchange to end ({@code sendingMillis}).
     */
    boolean await(long sendingMillis) {
        try {
            long left = Math.max(0, deadlineNanos - System.nanoTime());
            return taken.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            drop();
            try {
                return taken.get(sendingMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillNoAnswer) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } catch (ExecutionException failed) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop();
            return false;
        }
    }
}
