package org.parkgate.billing;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
import org.parkgate.perf.RunningOffice;

/**
 * Paid at WeChat Pay to the barrier command at the lane where the refused debtor waits, against
 * the WeChat Pay stand-in of the tests (real HTTP, RSA signatures, AEAD_AES_256_GCM) with the
 * default lane polling of 3 s. {@code notification}: the stand-in marks the order paid and
 * ParkGate receives its signed, encrypted notification (verified, decrypted, checked, applied;
 * handed to the notification handler in-process, without the HTTP hop of localhost);
 * {@code polling}: nothing is notified, the lane's polling finds the payment by asking WeChat Pay.
 * Before each call (not measured) a manager voids the previous payment and the car is refused again,
 * so a new order is made at the stand-in; with polling, the payer then pays at a random moment of
 * the 3 s polling interval (the refusal itself would otherwise fall in step with the polling). Goals: notification p99 well under a second, polling
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
    DebtorAtTheEntrance debtor;
    String orderId;
    int event;
    /** When, within the polling interval, the payer pays. */
    final java.util.Random phase = new java.util.Random(1);

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
        debtor = new DebtorAtTheEntrance(office, "京B54322");
        orders = office.bean(OnlineOrders.class);
    }

    @Setup(Level.Invocation)
    public void refusedAgain() throws InterruptedException {
        orderId = debtor.refusedAgain().orderId();
        if (path.equals("polling")) { // a payer pays whenever: not in step with the lanes' polling
            Thread.sleep(phase.nextInt(3000));
        }
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
        return debtor.awaitRising(10);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        office.close();
        wechat.stop();
    }
}
