package org.parkgate.billing;

import java.time.LocalDate;

/** An invoice that auto-pay will charge on {@code dueOn}: for telling the owner beforehand. */
public record AutoPayNotice(long ownerId, long invoiceId, String lot, long amount, LocalDate dueOn) {
}
