package org.parkgate.billing.provider;

import org.jspecify.annotations.Nullable;

/**
 * A refund as its provider reports it: {@link State#PROCESSING} until the money is back
 * ({@link State#SUCCEEDED}), or stopped: {@link State#CLOSED} by the provider or
 * {@link State#ABNORMAL} (the money could not reach the payer; the office acts at the provider).
 * With the provider's own id of the refund when it gave one.
 */
public record ProviderRefundState(State state, @Nullable String providerRefundId) {

    public enum State { PROCESSING, SUCCEEDED, CLOSED, ABNORMAL }

    public boolean settled() {
        return state != State.PROCESSING;
    }
}
