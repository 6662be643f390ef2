package org.parkgate.reminder;

/** Published when messages were written to the outbox; the sender starts after the commit. */
record MessagesQueued(int count) {
}
