package org.parkgate.reminder;

/** Where a message is in the outbox. */
public enum DeliveryStatus {
    /** Waiting for its time (first try, quiet hours or the next retry). */
    PENDING,
    /** Taken by a sender right now. */
    SENDING,
    /** Accepted by the gateway or mail server, or shown on the page. */
    SENT,
    /** Given up after the last retry; the answer says why. */
    FAILED,
    /** Not sent because the reason went away (the debt was paid, the pass renewed). */
    CANCELLED,
    /** Not sent: no address for the channel, or the channel is not configured. */
    SKIPPED
}
