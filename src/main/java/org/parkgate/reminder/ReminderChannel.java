package org.parkgate.reminder;

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
     * followed by {@code |} and a detail, so the log shows it in the reader's language.
     *
     * @throws DeliveryFailure when it refused the message or could not be reached; the outbox
     *         retries later with back-off and keeps the answer
     */
    String deliver(OutgoingMessage message) throws DeliveryFailure;

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
