package org.parkgate.billing;

import java.time.LocalDate;

/**
 * What the gate needs about a plate's pass: the plan's rules and the last day covered by the
 * periods sold (inclusive, in the lot's zone).
 */
public record CurrentPass(long planId, String windows, int maxInside, LocalDate paidThrough) {
}
