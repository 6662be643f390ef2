package org.parkgate.billing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.parkgate.billing.provider.wechat.WechatPayStandIn;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.GateState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.perf.RunningOffice;
import org.parkgate.simulator.SimulatedGate;
import org.parkgate.simulator.VirtualTraffic;

/**
 * Paid at WeChat Pay to the barrier command at the lane where the refused debtor waits, against
 * the WeChat Pay stand-in of the tests (real HTTP, RSA signatures, AEAD_AES_256_GCM) with the
 * default lane polling of 3 s. {@code notification}: the stand-in marks the order paid and
 * ParkGate receives its signed, encrypted notification (verified, decrypted, checked, applied;
 * handed to the notification handler in-process, without the HTTP hop of localhost);
 * {@code polling}: nothing is notified, the lane's polling finds the payment by asking WeChat Pay.
 * Before each call (not measured) a manager voids the previous payment and the car is refused again,
 * so a new order is made at the stand-in. Goals: notification p99 well under a second, polling
 * within 5 s.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ProviderToBarrierBenchmark {

    @Param({"notification", "polling"})
    public String path;

    WechatPayStandIn wechat;
    RunningOffice office;
    OnlineOrders orders;
    PaymentService payments;
    VirtualTraffic traffic;
    SimulatedGate entrance;
    long owner;
    String orderId;
    CountDownLatch opened;
    int event;

    @Setup(Level.Trial)
    public void start() throws IOException {
        wechat = WechatPayStandIn.start();
        office = new RunningOffice("--parkgate.lots[0].id=P1", "--parkgate.lots[0].capacity=100000",
                "--parkgate.lanes[0].id=in-1", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                "--parkgate.simulator.rise-ms=5", "--parkgate.simulator.fall-ms=5",
                "--parkgate.public-url=https://pay.example-property.cn",
                "--parkgate.payments.wechat.mchid=" + WechatPayStandIn.MCHID,
                "--parkgate.payments.wechat.appid=" + WechatPayStandIn.APPID,
                "--parkgate.payments.wechat.merchant-serial=" + WechatPayStandIn.MERCHANT_SERIAL,
                "--parkgate.payments.wechat.private-key-file=" + wechat.merchantPrivateKeyFile(),
                "--parkgate.payments.wechat.api-v3-key=" + wechat.apiV3Key(),
                "--parkgate.payments.wechat.public-key-file=" + wechat.publicKeyFile(),
                "--parkgate.payments.wechat.public-key-id=" + WechatPayStandIn.PUBLIC_KEY_ID,
                "--parkgate.payments.wechat.base-url=" + wechat.baseUrl());
        owner = RestrictedDebtor.create(office, "京B54322");
        orders = office.bean(OnlineOrders.class);
        payments = office.bean(PaymentService.class);
        traffic = office.bean(VirtualTraffic.class);
        entrance = traffic.gate("in-1");
        entrance.addListener(this::seen);
    }

    private void seen(GateState state) {
        CountDownLatch waiting = opened;
        if (waiting != null && state.barrier() == BarrierState.RISING) {
            waiting.countDown();
        }
    }

    @Setup(Level.Invocation)
    public void refusedAgain() throws InterruptedException {
        RunningOffice.signInAs("manager", "MANAGER");
        payments.payments(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)).stream()
                .filter(p -> p.ownerId() == owner && p.status() == PaymentStatus.RECORDED)
                .forEach(paid -> payments.reverse(paid.id(), Reversal.VOID, "benchmark"));
        while (entrance.state().vehiclePresent() || entrance.state().barrier() != BarrierState.CLOSED) {
            Thread.sleep(2);
        }
        LaneAnswer refused = traffic.arrive("in-1", "京B54322");
        if (refused.orderId() == null) {
            throw new IllegalStateException("not refused with an order: " + refused);
        }
        orderId = refused.orderId();
        opened = new CountDownLatch(1);
    }

    @Benchmark
    public boolean paidAtWechatToBarrier() throws InterruptedException {
        wechat.pay(orderId);
        if (path.equals("notification")) {
            WechatPayStandIn.Notification sent = wechat.notification("perf-" + (++event), orderId);
            Map<String, String> headers = new LinkedHashMap<>();
            sent.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
            if (orders.notify("wechat", headers, sent.body()) != NotificationOutcome.APPLIED) {
                throw new IllegalStateException("not applied");
            }
        }
        return opened.await(10, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
        wechat.stop();
    }
}
