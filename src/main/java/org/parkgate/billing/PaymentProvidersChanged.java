package org.parkgate.billing;

/** An admin changed a provider's settings or where providers are offered (after commit, the providers are made again). */
record PaymentProvidersChanged() {
}
