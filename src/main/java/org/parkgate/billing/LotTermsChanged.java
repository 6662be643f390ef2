package org.parkgate.billing;

/**
 * Published when a lot's contract terms were saved: what the gate decides for that lot's passes
 * may have changed (whether unpaid passes open the barrier).
 */
public record LotTermsChanged(String lot) {
}
