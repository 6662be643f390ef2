package org.parkgate.access;

/** An account's arrears: stage, amount due (minor units) and days since the oldest due date. */
public record Arrears(ArrearsStage stage, long amountDue, int daysOverdue) {

    public static final Arrears NONE = new Arrears(ArrearsStage.ACTIVE, 0, 0);

    public Arrears {
        if (stage == null || amountDue < 0 || daysOverdue < 0) {
            throw new IllegalArgumentException("arrears need a stage and no negative amounts");
        }
    }
}
