package org.parkgate.lane;

/** What the pictures kept take on disk (each file once) and what they may take, in bytes. */
public record SnapshotDiskUse(long usedBytes, long budgetBytes) {

    /** Used at 90 % of the budget or more: the dashboard warns. */
    public boolean nearlyFull() {
        return usedBytes * 10 >= budgetBytes * 9;
    }
}
