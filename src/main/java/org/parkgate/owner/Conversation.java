package org.parkgate.owner;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A conversation an owner started with the office: what about, where it stands, who in the office
 * has it, and how many of the other side's messages the reader has not opened yet.
 */
public record Conversation(long id, long ownerId, String ownerName, @Nullable String unit, Category category,
        String subject, Status status, @Nullable String assignedTo, Instant startedAt, Instant lastAt, int unread) {

    /** Shown translated as {@code messages.category.<NAME>}. */
    public enum Category { FEEDBACK, COMPLAINT, QUESTION }

    /** WAITING: the owner wrote last; ANSWERED: the office did; CLOSED: done. Shown as {@code messages.status.<NAME>}. */
    public enum Status { WAITING, ANSWERED, CLOSED }
}
