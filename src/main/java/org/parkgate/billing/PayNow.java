package org.parkgate.billing;

import org.jspecify.annotations.Nullable;

/**
 * Money taken at the counter together with a pass sale or renewal: the method, its reference
 * (transfer, card slip), and the amount the cashier was shown and takes ({@link SaleQuote#total()}).
 * The sale is refused, and nothing written, when paying the period now would take another amount.
 */
public record PayNow(PaymentMethod method, @Nullable String reference, long amount) {
}
