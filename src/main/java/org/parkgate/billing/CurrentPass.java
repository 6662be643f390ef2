package org.parkgate.billing;

import java.time.LocalDate;

/**
 * What the gate needs about a plate's pass: the plan's rules and the last day covered by the
 * periods that open the barrier (inclusive, in the lot's zone): every period sold, or where the
 * lot's terms say that unpaid passes do not open, the paid ones (see {@link PassDirectory}).
 */
public record CurrentPass(long planId, String windows, int maxInside, LocalDate paidThrough) {
}
