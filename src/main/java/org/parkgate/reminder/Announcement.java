package org.parkgate.reminder;

import java.time.Instant;
import java.util.Set;

/** A notice the office posted to the owners of a lot, and to how many it went. */
public record Announcement(long id, String lot, String title, String text, Set<Channel> channels, String postedBy,
        Instant postedAt, int recipients) {
}
