package org.parkgate.arrears;

import org.parkgate.access.Arrears;
import org.parkgate.access.ArrearsStage;

/**
 * An owner's arrears on one day: the stage, everything past due (late fees included), the days
 * since the oldest unpaid due date, the overdue unpaid periods, and the amount by age of its
 * due date (1-30, 31-60, 61-90, over 90 days).
 */
public record Standing(ArrearsStage stage, long amountDue, long lateFees, int daysOverdue, int unpaidPeriods,
        long aged0To30, long aged31To60, long aged61To90, long aged90Plus) {

    public static final Standing CLEAR = new Standing(ArrearsStage.ACTIVE, 0, 0, 0, 0, 0, 0, 0, 0);

    /** What the gate needs. */
    public Arrears forGate() {
        return stage == ArrearsStage.ACTIVE && amountDue == 0 ? Arrears.NONE
                : new Arrears(stage, amountDue, daysOverdue);
    }

    public boolean clear() {
        return stage == ArrearsStage.ACTIVE && amountDue == 0;
    }
}
