package org.parkgate.billing;

import java.time.Instant;
import java.util.List;

/**
 * Notices for an owner's personal pay page (reminders, the office's announcements), from
 * whichever feature sends them. Optional: without an implementation the page shows none.
 */
public interface OwnerPageNotices {

    /** A notice as the page shows it, in the owner's language. */
    record Notice(Instant at, String title, String text) {
    }

    /** The owner's recent notices, newest first; reminders about money only while {@code owes}. */
    List<Notice> forOwner(long ownerId, boolean owes);
}
