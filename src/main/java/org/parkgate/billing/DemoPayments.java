package org.parkgate.billing;

import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: money of the demo's made-up past, taken at a past moment by a demo staff
 * member, written like money taken now (receipt, ledger, till). There is no such bean outside the
 * demo: nothing else can date a payment other than now.
 */
@Component
@Profile("demo")
public class DemoPayments {

    private final PaymentService payments;

    DemoPayments(PaymentService payments) {
        this.payments = payments;
    }

    /** A visitor's stay fee paid in cash at the booth at {@code at}, by {@code by}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CashTaken stayFeeInCash(ParkingStay stay, long amount, Instant at, String by) {
        return payments.recordStayFee(new Taken(at, by), stay, amount);
    }
}
