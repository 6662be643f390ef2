package org.parkgate.billing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.access.ArrearsStage;
import org.parkgate.lane.AccessIndex;
import org.parkgate.perf.RunningOffice;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From a cashier's "record payment" to the gate's index showing the owner restored: the payment,
 * its allocation, the arrears recomputation, the commit and the index update, all inside the
 * service call. Before each call a manager voids the previous payment, so the owner is restricted
 * again (not measured). Goal: the gate follows within 100 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PaymentToGateBenchmark {

    RunningOffice office;
    PaymentService payments;
    AccessIndex index;
    long owner;
    long owed;
    long lastPayment = -1;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice();
        owner = RestrictedDebtor.create(office, "京B12345");
        payments = office.bean(PaymentService.class);
        index = office.bean(AccessIndex.class);
        index.rebuild();
        owed = payments.balance(owner).total();
        office.bean(JdbcClient.class); // warm the pool
    }

    @Setup(Level.Invocation)
    public void restrictAgain() {
        if (lastPayment >= 0) {
            RunningOffice.signInAs("manager", "MANAGER");
            payments.reverse(lastPayment, Reversal.VOID, "benchmark");
        }
        if (index.index().get("京B12345").account().arrears().stage() != ArrearsStage.RESTRICTED) {
            throw new IllegalStateException("not restricted before the payment");
        }
        RunningOffice.signInAsCashier();
    }

    @Benchmark
    public ArrearsStage payAtTheCounterUntilTheGateKnows() {
        lastPayment = payments.recordAtCounter(owner, owed, PaymentMethod.CASH, null);
        ArrearsStage stage = index.index().get("京B12345").account().arrears().stage();
        if (stage != ArrearsStage.ACTIVE) {
            throw new IllegalStateException("the gate did not follow: " + stage);
        }
        return stage;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
    }
}
