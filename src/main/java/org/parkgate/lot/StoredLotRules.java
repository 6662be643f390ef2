package org.parkgate.lot;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lot's rules as stored, with their version (0: the lot runs the defaults, nothing saved yet) and
 * who saved them when.
 */
public record StoredLotRules(LotRules rules, int version, @Nullable Instant changedAt, @Nullable String changedBy) {

    /** Whether the lot runs {@link DefaultLotRules} because its office saved none. */
    public boolean defaults() {
        return version == 0;
    }
}
