package org.parkgate.arrears;

import org.parkgate.access.ArrearsStage;

/** Published when an owner's arrears changed (amount, days or stage); the gate follows after commit. */
public record ArrearsChanged(long ownerId, ArrearsStage from, ArrearsStage to, long amountDue, int daysOverdue,
        java.time.Instant at) {
}
