package org.parkgate.billing;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.lane.LaneController;
import org.parkgate.perf.RunningOffice;

/**
 * Pay to open: from a signed sandbox notification received to the barrier command at the lane
 * where the debtor waits, while the exit lane decides 50 plate reads a second. Before each call
 * (not measured) a manager voids the previous payment and the car drives up again and is refused.
 * Goal: p99 within 100 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PayToOpenBenchmark {

    static final String SECRET = "perf-sandbox-secret";

    RunningOffice office;
    OnlineOrders orders;
    DebtorAtTheEntrance debtor;
    ScheduledExecutorService load;
    String orderId;
    long amount;
    int event;

    @Setup(Level.Trial)
    public void start() throws IOException {
        office = new RunningOffice("--parkgate.lots[0].id=P1", "--parkgate.lots[0].capacity=100000",
                "--parkgate.lanes[0].id=in-1", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                "--parkgate.lanes[1].id=out-1", "--parkgate.lanes[1].lot=P1", "--parkgate.lanes[1].direction=OUT",
                "--parkgate.simulator.rise-ms=5", "--parkgate.simulator.fall-ms=5",
                "--parkgate.payments.sandbox.enabled=true", "--parkgate.payments.sandbox.secret=" + SECRET);
        debtor = new DebtorAtTheEntrance(office, "京B54321");
        orders = office.bean(OnlineOrders.class);
        LaneController lanes = office.bean(LaneController.class);
        var random = new Random(1);
        load = Executors.newSingleThreadScheduledExecutor();
        load.scheduleAtFixedRate(() -> lanes.plateRead("out-1", "津C" + String.format("%05d", random.nextInt(100_000)),
                95, null), 0, 20, TimeUnit.MILLISECONDS); // 50 reads a second
    }

    @Setup(Level.Invocation)
    public void refusedAgain() throws InterruptedException {
        LaneAnswer refused = debtor.refusedAgain();
        orderId = refused.orderId();
        amount = refused.amountDue().movePointRight(2).longValueExact();
    }

    @Benchmark
    public boolean notificationToBarrier() throws InterruptedException {
        String body = "{\"eventId\":\"perf-" + (++event) + "\",\"orderId\":\"" + orderId + "\",\"status\":\"SUCCEEDED\","
                + "\"amount\":\"" + java.math.BigDecimal.valueOf(amount, 2) + "\",\"currency\":\"CNY\"}";
        Map<String, String> headers = Map.of("x-parkgate-signature",
                SandboxSignature.header(SECRET, System.currentTimeMillis() / 1000, body));
        if (orders.notify("sandbox", headers, body) != NotificationOutcome.APPLIED) {
            throw new IllegalStateException("not applied");
        }
        return debtor.awaitRising(5);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        load.shutdownNow();
        office.close();
    }
}
