package org.parkgate.lane;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A picture on record with a passage: its kind, its reference (day folder / content hash, see
 * {@link PassageSnapshots#file}), its size, when it was stored, and when it was deleted for the
 * disk budget or its retention (null while it is kept).
 */
public record PassageSnapshot(Snapshot.Kind kind, String ref, int bytes, Instant storedAt, @Nullable Instant deletedAt) {
}
