package org.parkgate.billing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One pass (an owner's periods of one plan) as its latest period stands: {@code periodId} is that
 * period (the one a renewal follows), {@code plates} its vehicles; {@code paid} when no period of
 * the pass has anything owed on its invoice.
 */
public record PassHolderRow(long periodId, long ownerId, String ownerName, @Nullable String unit, String plates,
        String plan, PassPeriod period, String lot, LocalDate startsOn, LocalDate endsOn, boolean renews,
        boolean paid) {
}
