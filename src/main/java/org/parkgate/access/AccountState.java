package org.parkgate.access;

/**
 * What the core knows about the account a plate belongs to. Immutable: a change replaces it for
 * every plate of the account. {@code pass} and {@code exemption} may be null.
 */
public record AccountState(long accountId, Pass pass, Exemption exemption, Arrears arrears,
        boolean assignedSpace) {

    public AccountState {
        if (arrears == null) {
            throw new IllegalArgumentException("arrears must be given (Arrears.NONE when none)");
        }
    }
}
