package org.parkgate.arrears;

import java.time.Instant;

/** What staff noted while chasing a debt (a call, a visit, a promise to pay). */
public record CollectionNote(Instant notedAt, String notedBy, String text) {
}
