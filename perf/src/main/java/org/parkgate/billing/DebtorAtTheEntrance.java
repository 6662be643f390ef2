package org.parkgate.billing;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.GateState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.perf.RunningOffice;
import org.parkgate.simulator.SimulatedGate;
import org.parkgate.simulator.VirtualTraffic;

/**
 * A restricted debtor's car at the simulated entrance in-1, for benchmarks of paying to open:
 * refused again before each measured call (its payments voided by a manager, the arm down), and
 * watched until the arm starts rising.
 */
final class DebtorAtTheEntrance {

    private final PaymentService payments;
    private final VirtualTraffic traffic;
    private final SimulatedGate entrance;
    private final String plate;
    private final long owner;
    private volatile CountDownLatch opened;

    DebtorAtTheEntrance(RunningOffice office, String plate) {
        this.plate = plate;
        this.owner = RestrictedDebtor.create(office, plate);
        this.payments = office.bean(PaymentService.class);
        this.traffic = office.bean(VirtualTraffic.class);
        this.entrance = traffic.gate("in-1");
        entrance.addListener(this::seen);
    }

    private void seen(GateState state) {
        CountDownLatch waiting = opened;
        if (waiting != null && state.barrier() == BarrierState.RISING) {
            waiting.countDown();
        }
    }

    /** Voids what the owner paid, waits for the last car to be through, and the car is refused with an order. */
    LaneAnswer refusedAgain() throws InterruptedException {
        RunningOffice.signInAs("manager", "MANAGER");
        payments.payments(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .filter(p -> p.ownerId() == owner && p.status() == PaymentStatus.RECORDED)
                .forEach(paid -> payments.reverse(paid.id(), Reversal.VOID, "benchmark"));
        while (entrance.state().vehiclePresent() || entrance.state().barrier() != BarrierState.CLOSED) {
            Thread.sleep(2);
        }
        LaneAnswer refused = traffic.arrive("in-1", plate);
        if (refused.orderId() == null) {
            throw new IllegalStateException("not refused with an order: " + refused);
        }
        opened = new CountDownLatch(1);
        return refused;
    }

    /** Whether the arm started rising within {@code seconds} of the refusal's order. */
    boolean awaitRising(long seconds) throws InterruptedException {
        return opened.await(seconds, TimeUnit.SECONDS);
    }
}
