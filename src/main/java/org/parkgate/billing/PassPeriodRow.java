package org.parkgate.billing;

import java.time.LocalDate;

/**
 * One period sold of an owner's pass: the plan, its days (inclusive), its plates. {@code latest}:
 * no later period of the same plan follows, so {@code renews} says whether the invoice run issues
 * the next one (an earlier period has been renewed already).
 */
public record PassPeriodRow(long id, String plan, LocalDate startsOn, LocalDate endsOn, String plates, boolean latest,
        boolean renews) {
}
