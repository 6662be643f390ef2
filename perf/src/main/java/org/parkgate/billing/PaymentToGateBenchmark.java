package org.parkgate.billing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.registry.VehicleKind;
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
        RunningOffice.signInAs("manager", "MANAGER");
        long plan = office.bean(PassService.class).createPlan(new NewPassPlan("年卡", PassPeriod.YEAR, 60000, Rate.OWNER,
                "MON-SUN 00:00-24:00", 1));
        RegistryService registry = office.bean(RegistryService.class);
        owner = registry.createOwner(new NewOwner("欠费业主", "", "1-0101"));
        registry.addVehicle(owner, "京B12345", VehicleKind.CAR, null);
        LocalDate today = LocalDate.now(office.bean(Clock.class));
        office.bean(PassRecords.class).insertPeriod(owner, plan, List.of("京B12345"), today.minusDays(60),
                today.plusDays(300), today.minusDays(60)); // 60 days unpaid: restricted
        payments = office.bean(PaymentService.class);
        index = office.bean(AccessIndex.class);
        office.bean(org.parkgate.arrears.ArrearsService.class).recomputeEveryone();
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
