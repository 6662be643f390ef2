package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.billing.Reversal;
import org.parkgate.billing.PaymentProviders;
import org.parkgate.billing.provider.ProviderContextTest;
import org.parkgate.billing.provider.ProviderRefundState;
import org.parkgate.gate.BarrierState;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Alipay end to end against a stand-in gateway that speaks its protocol, over real HTTP both ways:
 * a debtor refused at the entrance gets Alipay's {@code qr_code} in the display's QR code; Alipay
 * notifies the payment to ParkGate's notify endpoint, which answers the plain text {@code success},
 * and the barrier opens. A replay and the later TRADE_FINISHED change nothing; forged, tampered,
 * misdirected and truncated notifications are answered {@code failure} and change nothing; a
 * payment never notified is found by the lane's polling; Alipay down leaves the denial with "pay at
 * the office or ask the guard"; an order not paid in time is closed at Alipay; a manager's refund
 * goes back through Alipay, and the refund's own notice is no payment.
 */
class AlipayProviderTest extends ProviderContextTest {

    static final AlipayStandIn ALIPAY = new AlipayStandIn();
    static final int PORT = freePort();
    static final AtomicInteger OWNERS = new AtomicInteger();

    @DynamicPropertySource
    static void alipay(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("parkgate.public-url", () -> "http://127.0.0.1:" + PORT);
        registry.add("parkgate.payments.alipay.app-id", () -> AlipayStandIn.APP_ID);
        registry.add("parkgate.payments.alipay.seller-id", () -> AlipayStandIn.SELLER_ID);
        registry.add("parkgate.payments.alipay.private-key-file",
                () -> keyFile("app-private", AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate())));
        registry.add("parkgate.payments.alipay.alipay-public-key-file",
                () -> keyFile("alipay-public", AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic())));
        registry.add("parkgate.payments.alipay.gateway-url", () -> ALIPAY.gateway().toString());
        registry.add("parkgate.payments.alipay.connect-timeout", () -> "500ms");
        registry.add("parkgate.payments.alipay.read-timeout", () -> "1s");
    }

    @AfterAll
    static void theStandInStops() {
        ALIPAY.close();
    }

    @Autowired
    PaymentProviders providers;

    @BeforeEach
    void aDebtorWaitsAtTheEntrance() throws InterruptedException {
        ALIPAY.reset();
        int n = OWNERS.incrementAndGet();
        aRestrictedOwnerAtAQuietEntrance("支付宝缴费年卡", "琼F7" + String.format("%04d", n), "支付宝" + n);
    }

    @AfterEach
    void theStandInForgets() {
        ALIPAY.reset();
    }

    @Test
    void paidInAlipayTheBarrierOpensAndLaterNoticesChangeNothing() throws InterruptedException {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        assertThat(refused.decision()).isEqualTo("DENY");
        String order = refused.orderId();
        AlipayStandIn.Trade atAlipay = ALIPAY.trades.get(order);
        assertThat(atAlipay).as("the trade was precreated at Alipay").isNotNull();
        assertThat(ALIPAY.received).as("ParkGate's requests are signed right")
                .allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
        AlipayStandIn.Received precreate = ALIPAY.received.getFirst();
        String qrCode = traffic.gate("in-1").state().display().qrPayload();
        assertThat(qrCode).as("the display's QR code is Alipay's qr_code").startsWith("https://qr.alipay.com/");
        assertThat(refused.payUrl()).isEqualTo(qrCode);
        long due = refused.amountDue().movePointRight(2).longValueExact();
        assertThat(atAlipay.fen).as("exactly what the display asks").isEqualTo(due);
        assertThat(precreate.biz().path("total_amount").asString()).isEqualTo(Yuan.of(due));
        assertThat(precreate.biz().path("subject").asString()).contains(plate);
        assertThat(precreate.biz().path("time_expire").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        String url = ALIPAY.notifyUrl(order);
        assertThat(url).isEqualTo("http://127.0.0.1:" + PORT + "/api/v1/payments/notify/alipay");

        ALIPAY.pay(order);
        Map<String, String> paid = ALIPAY.paidNotification(order, due);
        String body = AlipayStandIn.signedNotification(paid);
        HttpResponse<String> answer = ALIPAY.notify(url, body);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("the only answer that stops Alipay resending").isEqualTo("success");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        awaitBarrierUp();
        assertThat(lastReason()).isEqualTo("PAID_AT_LANE");
        assertThat(paymentsOfOwner()).isEqualTo(1);
        assertAppliedByNoticeOrAnEarlierPoll("alipay", paid.get("notify_id"), order);

        HttpResponse<String> again = ALIPAY.notify(url, body);
        assertThat(again.statusCode()).as("resent").isEqualTo(200);
        assertThat(again.body()).isEqualTo("success");
        Map<String, String> finished = ALIPAY.paidNotification(order, due);
        finished.put("trade_status", "TRADE_FINISHED");
        assertThat(finished.get("notify_id")).isNotEqualTo(paid.get("notify_id"));
        assertThat(ALIPAY.notify(url, AlipayStandIn.signedNotification(finished)).body())
                .as("TRADE_FINISHED after TRADE_SUCCESS, a new notify_id").isEqualTo("success");
        assertThat(outcome(finished.get("notify_id"))).isEqualTo("ALREADY_PAID");
        assertThat(paymentsOfOwner()).as("paid once").isEqualTo(1);
        assertThat(orderStatus(order)).isEqualTo("PAID");
    }

    @Test
    void forgedTamperedMisdirectedAndTruncatedNotificationsAreAnsweredFailureAndChangeNothing() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        String order = refused.orderId();
        long due = refused.amountDue().movePointRight(2).longValueExact();
        String url = ALIPAY.notifyUrl(order);
        ALIPAY.pay(order);
        Map<String, String> paid = ALIPAY.paidNotification(order, due);
        String genuine = AlipayStandIn.signedNotification(paid);

        assertRefused(url, AlipayStandIn.signedNotification(paid, AlipayTestKeys.FORGER.getPrivate(),
                StandardCharsets.UTF_8, false), "forged");
        assertRefused(url, genuine.replace("total_amount=" + Yuan.of(due), "total_amount=0.01"), "tampered amount");
        Map<String, String> otherApp = ALIPAY.paidNotification(order, due);
        otherApp.put("app_id", "2021000000000999");
        assertRefused(url, AlipayStandIn.signedNotification(otherApp), "another app_id");
        Map<String, String> otherSeller = ALIPAY.paidNotification(order, due);
        otherSeller.put("seller_id", "2088000000000999");
        assertRefused(url, AlipayStandIn.signedNotification(otherSeller), "another seller_id");
        assertRefused(url, genuine.substring(0, genuine.length() / 2), "truncated");
        assertRefused(url, "{\"trade_status\":\"TRADE_SUCCESS\"}", "not a form");

        assertThat(orderStatus(order)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_event WHERE order_id = ?").param(order).query(Integer.class)
                .single()).as("nothing recorded").isZero();
        assertThat(paymentsOfOwner()).isZero();
    }

    @Test
    void paidInAlipayWithNoNotificationAtAllTheBarrierRisesWhenTheLanesPollFindsIt() throws InterruptedException {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        assertThat(refused.decision()).isEqualTo("DENY");
        ALIPAY.pay(refused.orderId()); // at Alipay; this ParkGate has no address Alipay could notify
        awaitBarrierUpFoundByThePoll();
        assertThat(ALIPAY.methods()).as("asked, not told").contains("alipay.trade.query");
        assertThat(lastReason()).isEqualTo("PAID_AT_LANE");
        assertThat(outcome("query:" + refused.orderId())).isEqualTo("APPLIED");
        assertThat(paymentsOfOwner()).isEqualTo(1);
    }

    @Test
    void alipayDownOrFailingLeavesTheDenialAndSaysPayAtTheOffice() {
        for (AlipayStandIn.Fault failure : List.of(AlipayStandIn.Fault.HTTP_502, AlipayStandIn.Fault.SLOW,
                AlipayStandIn.Fault.SIGNED_BY_FORGER, AlipayStandIn.Fault.BUSY)) {
            ALIPAY.fault = failure;
            refusedAndToldToPayAtTheOffice(failure.name());
        }
        noOrderThePayerCouldNotScan();

        ALIPAY.fault = AlipayStandIn.Fault.NONE;
        LaneAnswer again = traffic.arrive("in-1", plate);
        assertThat(again.orderId()).as("Alipay back: a code to scan").isNotNull();
        assertThat(traffic.gate("in-1").state().display().qrPayload()).startsWith("https://qr.alipay.com/");
    }

    @Test
    void aManagersRefundGoesBackThroughAlipay() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        String order = refused.orderId();
        long due = refused.amountDue().movePointRight(2).longValueExact();
        ALIPAY.pay(order);
        assertThat(ALIPAY.notify(ALIPAY.notifyUrl(order), AlipayStandIn.signedNotification(
                ALIPAY.paidNotification(order, due))).body()).isEqualTo("success");
        long payment = jdbc.sql("SELECT payment FROM payment_order WHERE id = ?").param(order).query(Long.class).single();

        login("manager", Role.MANAGER);
        payments.reverse(payment, Reversal.REFUND, "车主重复缴费");
        assertThat(paymentStatus(payment)).isEqualTo("REFUNDED");
        assertThat(ALIPAY.methods()).contains("alipay.trade.refund");
        assertThat(ALIPAY.trades.get(order).refunds).as("refunded at Alipay under RF<order>, in full")
                .containsExactly(Map.entry("RF" + order, due));
        assertThat(refunds.refundOf(payment).state()).isEqualTo(ProviderRefundState.State.SUCCEEDED);
        assertThat(providers.named(AlipayProvider.NAME).refundState("RF" + order).state()).as("as Alipay's refund query reports it")
                .isEqualTo(ProviderRefundState.State.SUCCEEDED);
        assertThat(ALIPAY.methods()).contains("alipay.trade.fastpay.refund.query");

        Map<String, String> refundNotice = ALIPAY.paidNotification(order, due);
        refundNotice.put("trade_status", "TRADE_CLOSED");
        refundNotice.put("out_biz_no", "RF" + order);
        refundNotice.put("refund_fee", Yuan.of(due));
        refundNotice.put("gmt_refund", "2025-03-01 11:00:00.000");
        assertThat(ALIPAY.notify(ALIPAY.notifyUrl(order), AlipayStandIn.signedNotification(refundNotice)).body())
                .as("the refund's own notice").isEqualTo("success");
        assertThat(outcome(refundNotice.get("notify_id"))).as("no payment, no failure").isEqualTo("ALREADY_PAID");
        assertThat(paymentStatus(payment)).isEqualTo("REFUNDED");
        assertThat(orderStatus(order)).isEqualTo("PAID");
    }

    @Test
    void anOrderNotPaidInTimeIsClosedAtAlipay() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        String order = refused.orderId();
        clock.advance(Duration.ofMinutes(5));
        orders.reconcile();
        assertThat(orderStatus(order)).as("nobody scanned the code yet: still open").isEqualTo("OPEN");
        ALIPAY.fault = AlipayStandIn.Fault.HTTP_502;
        clock.advance(Duration.ofMinutes(30));
        orders.reconcile();
        assertThat(orderStatus(order)).as("Alipay failing: asked again next time").isEqualTo("OPEN");
        ALIPAY.fault = AlipayStandIn.Fault.NONE;
        orders.reconcile();
        assertThat(ALIPAY.methods()).contains("alipay.trade.close");
        assertThat(orderStatus(order)).isEqualTo("EXPIRED");
    }

    private static void assertRefused(String url, String body, String what) {
        HttpResponse<String> answer = ALIPAY.notify(url, body);
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isBetween(400, 499);
        assertThat(answer.body()).as(what).isEqualTo("failure");
    }






    private String outcome(String eventId) {
        return outcome("alipay", eventId);
    }

    private static String keyFile(String name, String content) {
        try {
            Path file = Files.createTempFile("parkgate-" + name, ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content, StandardCharsets.US_ASCII).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
