package org.parkgate.billing;

import java.util.OptionalLong;

/** A pass period sold or renewed at the counter, and the payment taken with it (empty: left as its invoice). */
public record PassSale(long periodId, OptionalLong paymentId) {
}
