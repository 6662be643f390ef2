package org.parkgate.billing.provider;

/**
 * A charge to a payer's standing agreement: {@code orderId} is ParkGate's id of the charge, the
 * same on every try, so a provider charges it at most once; {@code amount} in minor units.
 */
public record AgreementCharge(String agreementId, String orderId, long amount, String currency, String description) {
}
