package org.parkgate.billing;

import java.time.LocalDate;

/**
 * A pass period refused because one of its vehicles already has a pass on some of its days (the
 * owner would pay twice for them); nothing was written. The caller may tell the user and sell
 * again with the overlap confirmed.
 */
public class PassOverlapException extends BillingException {

    public PassOverlapException(String plate, LocalDate startsOn, LocalDate endsOn, String planName) {
        super("error.pass.overlaps", plate, planName, startsOn, endsOn);
    }
}
