package org.parkgate.billing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice charged (or not) to an owner's auto-pay: its period and due date, the amount, and
 * how it went ({@code answer}: why it failed or was skipped).
 */
public record AutoCharge(String id, long invoiceId, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
        long amount, Status status, Instant attemptedAt, @Nullable String answer) {

    /** Shown translated as {@code autopay.status.<NAME>}. */
    public enum Status { CHARGING, PAID, FAILED, SKIPPED }
}
