package org.parkgate.reminder;

import org.jspecify.annotations.Nullable;

/**
 * A way to reach owners, for the outbox. An implementation is a Spring bean; there is one per
 * {@link Channel}. {@link #deliver} is called after the message was committed, outside any
 * transaction, at most by one sender at a time per message; it may block up to its own time-out.
 */
public interface ReminderChannel {

    Channel channel();

    /** Whether the channel can send at all (a gateway or mail server is configured). */
    boolean configured();

    /**
     * Hands one message over. Returns what the other side answered (kept in the delivery log as it
     * is); what ParkGate says itself is a translation key {@code reminders.answer.*}, optionally
     * followed by {@code |} and a detail, so the log shows it in the reader's language; and the
     * provider's id of the message where it reports delivery later ({@link Handed#reference}).
     *
     * @throws DeliveryFailure when it refused the message or could not be reached; the outbox
     *         retries later with back-off and keeps the answer
     */
    Handed deliver(OutgoingMessage message) throws DeliveryFailure;

    /**
     * A message taken by the other side: its answer, and the id under which the provider reports
     * whether the phone got it (Aliyun's BizId, Tencent Cloud's SerialNo), or null.
     */
    record Handed(String answer, @Nullable String reference) {

        public static Handed answer(String answer) {
            return new Handed(answer, null);
        }
    }

    /** A message refused or not delivered, with the other side's answer (or what went wrong). */
    final class DeliveryFailure extends Exception {

        public DeliveryFailure(String answer) {
            super(answer);
        }

        public DeliveryFailure(String answer, Throwable cause) {
            super(answer, cause);
        }
    }
}
