package org.parkgate.billing.provider;

/**
 * An order as its provider reports it when asked: {@link State#PAID} with the amount (minor units)
 * and currency the provider took, {@link State#FAILED}, or still {@link State#OPEN}.
 */
public record ProviderOrderState(State state, long amount, String currency) {

    public enum State { OPEN, PAID, FAILED }

    public static ProviderOrderState open() {
        return new ProviderOrderState(State.OPEN, 0, "");
    }
}
