package org.parkgate.billing.provider.wechat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.BillingException;
import org.parkgate.billing.HeldPayment;
import org.parkgate.billing.OrderPurpose;
import org.parkgate.billing.OwnerPayLinks;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.billing.Reversal;
import org.parkgate.billing.provider.ProviderContextTest;
import org.parkgate.billing.provider.ProviderRefundState;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.QrCodes;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WeChat Pay end to end against a stand-in that speaks its protocol, over real HTTP both ways: a
 * debtor refused at the entrance gets WeChat's {@code code_url} in the display's QR code; WeChat
 * notifies the payment to ParkGate's notify endpoint and the barrier opens. Forged, tampered,
 * stale, replayed, misdirected and unreadable notifications change nothing; WeChat down, failing
 * or slow leaves the denial with "pay at the office or ask the guard"; a payment that was never
 * notified is found by asking, an expired order is closed at WeChat, and a manager's refund goes
 * back through WeChat and is followed until WeChat reports it done.
 */
class WechatPayTest extends ProviderContextTest {

    static final WechatPayStandIn WECHAT = WechatPayStandIn.start();
    static final int PORT = freePort();
    static final AtomicInteger OWNERS = new AtomicInteger();

    @DynamicPropertySource
    static void wechatPay(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("parkgate.public-url", () -> "http://127.0.0.1:" + PORT);
        registry.add("parkgate.payments.wechat.mchid", () -> WechatPayStandIn.MCHID);
        registry.add("parkgate.payments.wechat.appid", () -> WechatPayStandIn.APPID);
        registry.add("parkgate.payments.wechat.merchant-serial", () -> WechatPayStandIn.MERCHANT_SERIAL);
        registry.add("parkgate.payments.wechat.private-key-file", () -> WECHAT.merchantPrivateKeyFile().toString());
        registry.add("parkgate.payments.wechat.api-v3-key", WECHAT::apiV3Key);
        registry.add("parkgate.payments.wechat.public-key-file", () -> WECHAT.publicKeyFile().toString());
        registry.add("parkgate.payments.wechat.public-key-id", () -> WechatPayStandIn.PUBLIC_KEY_ID);
        registry.add("parkgate.payments.wechat.base-url", WECHAT::baseUrl);
        registry.add("parkgate.payments.wechat.connect-timeout", () -> "500ms");
        registry.add("parkgate.payments.wechat.read-timeout", () -> "1s");
    }

    @AfterAll
    static void theStandInStops() {
        WECHAT.stop();
    }

    @Autowired
    OwnerPayLinks links;

    @BeforeEach
    void aDebtorWaitsAtTheEntrance() throws InterruptedException {
        WECHAT.useClock(clock::instant);
        WECHAT.reset();
        int n = OWNERS.incrementAndGet();
        aRestrictedOwnerAtAQuietEntrance("微信缴费年卡", "湘A0" + String.format("%04d", n), "微信" + n);
    }

    @AfterEach
    void theStandInForgets() {
        WECHAT.reset();
    }

    @Test
    void paidInWechatTheBarrierOpensForTheDebtorStillWaiting() throws InterruptedException {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        assertThat(refused.decision()).isEqualTo("DENY");
        WechatPayStandIn.Order atWechat = WECHAT.order(refused.orderId());
        assertThat(atWechat).as("the order was made at WeChat Pay").isNotNull();
        assertThat(WECHAT.refusedRequests()).as("ParkGate's requests are signed right").isEmpty();
        assertThat(traffic.gate("in-1").state().display().qrPayload()).as("the display's QR code")
                .isEqualTo(atWechat.codeUrl).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(refused.payUrl()).isEqualTo(atWechat.codeUrl);
        long due = refused.amountDue().movePointRight(2).longValueExact();
        assertThat(atWechat.total()).as("exactly what the display asks, in fen").isEqualTo(due);
        assertThat(atWechat.prepay.path("amount").path("currency").asString()).isEqualTo("CNY");
        assertThat(atWechat.prepay.path("description").asString()).contains(plate);
        assertThat(atWechat.prepay.path("time_expire").asString()).endsWith("+08:00");
        assertThat(atWechat.notifyUrl()).isEqualTo("http://127.0.0.1:" + PORT + "/api/v1/payments/notify/wechat");

        WECHAT.pay(refused.orderId());
        WechatPayStandIn.Notification paid = WECHAT.notification("EV-" + refused.orderId(), refused.orderId());
        HttpResponse<String> answer = WECHAT.send(atWechat.notifyUrl(), paid);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
        awaitBarrierUp();
        assertThat(lastReason()).isEqualTo("PAID_AT_LANE");
        assertThat(paymentsOfOwner()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM owner_arrears WHERE owner = ?").param(owner).query(Integer.class)
                .single()).as("restored").isZero();

        assertThat(WECHAT.send(atWechat.notifyUrl(), paid).statusCode()).as("sent again").isEqualTo(204);
        WechatPayStandIn.Notification anotherEvent = WECHAT.notification("EV2-" + refused.orderId(), refused.orderId());
        assertThat(WECHAT.send(atWechat.notifyUrl(), anotherEvent).statusCode()).as("a new event id, paid already")
                .isEqualTo(204);
        assertThat(paymentsOfOwner()).as("paid once").isEqualTo(1);
        assertAppliedByNoticeOrAnEarlierPoll("wechat", "EV-" + refused.orderId(), refused.orderId());
        assertThat(outcome("EV2-" + refused.orderId())).isEqualTo("ALREADY_PAID");
    }

    @Test
    void forgedTamperedStaleMisdirectedAndUnreadableNotificationsChangeNothing() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        String order = refused.orderId();
        String url = WECHAT.order(order).notifyUrl();
        WECHAT.pay(order);
        WechatPayStandIn.Notification genuine = WECHAT.notification("EV-X-" + order, order);

        assertRefused(url, WECHAT.forged(genuine.body()), "forged");
        assertRefused(url, genuine.withBody(genuine.body().replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESS ")),
                "tampered");
        assertRefused(url, WECHAT.signed(genuine.body(), clock.instant().minusSeconds(301)), "stale");
        assertRefused(url, WECHAT.signed(genuine.body(), clock.instant().plusSeconds(301)), "from the future");
        Map<String, String> probe = new LinkedHashMap<>(genuine.headers());
        probe.put("Wechatpay-Signature", "WECHATPAY/SIGNTEST/" + genuine.headers().get("Wechatpay-Signature"));
        assertRefused(url, new WechatPayStandIn.Notification(probe, genuine.body()), "signature probe");
        Map<String, String> otherKey = new LinkedHashMap<>(genuine.headers());
        otherKey.put("Wechatpay-Serial", "PUB_KEY_ID_0000000000000000000000000000");
        assertRefused(url, new WechatPayStandIn.Notification(otherKey, genuine.body()), "another key's id");
        assertRefused(url, genuine.withBody(genuine.body().substring(0, genuine.body().length() / 2)), "truncated");
        assertRefused(url, WECHAT.signed(genuine.body().substring(0, genuine.body().length() / 2), clock.instant()),
                "truncated, then signed");
        assertRefused(url, WECHAT.signed("id=1&event_type=TRANSACTION.SUCCESS", clock.instant()), "not JSON");
        Map<String, Object> otherMerchant = WECHAT.transaction(order);
        otherMerchant.put("mchid", "1900000999");
        assertRefused(url, WECHAT.notification("EV-M-" + order, otherMerchant), "another mchid");
        Map<String, Object> otherApp = WECHAT.transaction(order);
        otherApp.put("appid", "wx0000000000000000");
        assertRefused(url, WECHAT.notification("EV-A-" + order, otherApp), "another appid");
        assertThat(WECHAT.send(url, genuine.withBody("")).statusCode()).as("no body").isBetween(400, 499);
        assertThat(WECHAT.send(url, WECHAT.signed("{\"id\":\"" + "x".repeat(70_000) + "\"}", clock.instant()))
                .statusCode()).as("too large").isEqualTo(413);

        assertThat(orderStatus(order)).isEqualTo("OPEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_event WHERE order_id = ?").param(order).query(Integer.class)
                .single()).as("nothing recorded").isZero();

        Map<String, Object> unknown = WECHAT.transaction(order);
        unknown.put("out_trade_no", "PO0NOSUCHORDER");
        assertThat(WECHAT.send(url, WECHAT.notification("EV-U-" + order, unknown)).statusCode())
                .as("authentic, for no order here: taken, so WeChat stops").isEqualTo(204);
        assertThat(outcome("EV-U-" + order)).isEqualTo("UNKNOWN_ORDER");

        Map<String, Object> tooLittle = WECHAT.transaction(order);
        @SuppressWarnings("unchecked")
        Map<String, Object> amount = (Map<String, Object>) tooLittle.get("amount");
        amount.put("total", 1L);
        assertThat(WECHAT.send(url, WECHAT.notification("EV-L-" + order, tooLittle)).statusCode()).isEqualTo(204);
        assertThat(orderStatus(order)).as("held for a cashier").isEqualTo("HELD");
        assertThat(paymentsOfOwner()).isZero();
        assertThat(jdbc.sql("SELECT stage FROM owner_arrears WHERE owner = ?").param(owner).query(String.class)
                .single()).isEqualTo("RESTRICTED");
        login("cashier", Role.CASHIER);
        assertThat(orders.held()).as("cashiers see what WeChat reported").anySatisfy(held -> {
            assertThat(held.orderId()).isEqualTo(order);
            assertThat(held.reported()).contains("\"total\":1").doesNotContain("openid");
        });
    }

    @Test
    void wechatDownFailingOrSlowLeavesTheDenialAndSaysPayAtTheOffice() {
        for (WechatPayStandIn.Mode failure : List.of(WechatPayStandIn.Mode.DROP_CONNECTION,
                WechatPayStandIn.Mode.ERROR_500, WechatPayStandIn.Mode.SLOW, WechatPayStandIn.Mode.WRONG_SIGNATURE)) {
            WECHAT.mode(failure);
            refusedAndToldToPayAtTheOffice(failure.name());
        }
        noOrderThePayerCouldNotScan();

        WECHAT.mode(WechatPayStandIn.Mode.NORMAL);
        LaneAnswer again = traffic.arrive("in-1", plate);
        assertThat(again.orderId()).as("WeChat back: a code to scan").isNotNull();
        assertThat(traffic.gate("in-1").state().display().qrPayload()).startsWith("weixin://");
    }

    @Test
    void paidInWechatWithNoNotificationAtAllTheBarrierRisesWhenTheLanesPollFindsIt() throws InterruptedException {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        assertThat(refused.decision()).isEqualTo("DENY");
        WECHAT.pay(refused.orderId()); // at WeChat; this ParkGate has no address WeChat could notify
        awaitBarrierUpFoundByThePoll();
        assertThat(WECHAT.calls()).as("asked, not told").contains("GET /v3/pay/transactions/out-trade-no/"
                + refused.orderId());
        assertThat(lastReason()).isEqualTo("PAID_AT_LANE");
        assertThat(outcome("query:" + refused.orderId())).isEqualTo("APPLIED");
        assertThat(paymentsOfOwner()).isEqualTo(1);
    }

    @Test
    void aPaymentNeverNotifiedIsFoundByAskingWechat() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        WECHAT.pay(refused.orderId()); // the notification never comes (no public address)
        clock.advance(Duration.ofMinutes(3));
        orders.reconcile();
        assertThat(orderStatus(refused.orderId())).isEqualTo("PAID");
        assertThat(WECHAT.calls()).contains("GET /v3/pay/transactions/out-trade-no/" + refused.orderId());
        assertThat(paymentsOfOwner()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM owner_arrears WHERE owner = ?").param(owner).query(Integer.class)
                .single()).as("restored").isZero();
        String url = WECHAT.order(refused.orderId()).notifyUrl();
        assertThat(WECHAT.send(url, WECHAT.notification("EV-LATE-" + refused.orderId(), refused.orderId()))
                .statusCode()).as("the notification after all").isEqualTo(204);
        assertThat(outcome("EV-LATE-" + refused.orderId())).isEqualTo("ALREADY_PAID");
        assertThat(paymentsOfOwner()).isEqualTo(1);
    }

    @Test
    void anOrderNotPaidInTimeIsClosedAtWechat() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        clock.advance(Duration.ofMinutes(5));
        orders.reconcile();
        assertThat(orderStatus(refused.orderId())).as("asked, not paid yet: still open").isEqualTo("OPEN");
        WECHAT.mode(WechatPayStandIn.Mode.ERROR_500);
        clock.advance(Duration.ofMinutes(30));
        orders.reconcile();
        assertThat(orderStatus(refused.orderId())).as("WeChat failing: asked again next time").isEqualTo("OPEN");
        WECHAT.mode(WechatPayStandIn.Mode.NORMAL);
        orders.reconcile();
        assertThat(WECHAT.calls()).contains("POST /v3/pay/transactions/out-trade-no/" + refused.orderId() + "/close");
        assertThat(WECHAT.order(refused.orderId()).state).isEqualTo("CLOSED");
        assertThat(orderStatus(refused.orderId())).isEqualTo("EXPIRED");

        LaneAnswer later = traffic.arrive("in-1", plate);
        assertThat(later.orderId()).as("a new read makes a new order").isNotNull().isNotEqualTo(refused.orderId());
    }

    @Test
    void aManagersRefundGoesBackThroughWechatAndIsFollowedUntilDone() {
        LaneAnswer refused = traffic.arrive("in-1", plate);
        traffic.leave("in-1");
        String order = refused.orderId();
        WECHAT.pay(order);
        assertThat(WECHAT.send(WECHAT.order(order).notifyUrl(), WECHAT.notification("EV-R-" + order, order))
                .statusCode()).isEqualTo(204);
        long payment = jdbc.sql("SELECT payment FROM payment_order WHERE id = ?").param(order).query(Long.class).single();

        login("manager", Role.MANAGER);
        WECHAT.mode(WechatPayStandIn.Mode.ERROR_500);
        assertThatThrownBy(() -> payments.reverse(payment, Reversal.REFUND, "车主重复缴费"))
                .isInstanceOfSatisfying(BillingException.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("error.payment.online-refund-failed"));
        assertThat(paymentStatus(payment)).as("WeChat refused: nothing changed").isEqualTo("RECORDED");
        assertThat(refunds.refundOf(payment)).isNull();

        WECHAT.mode(WechatPayStandIn.Mode.NORMAL);
        payments.reverse(payment, Reversal.REFUND, "车主重复缴费");
        assertThat(paymentStatus(payment)).isEqualTo("REFUNDED");
        WechatPayStandIn.Refund atWechat = WECHAT.refundOf(order);
        assertThat(atWechat).as("asked at WeChat Pay").isNotNull();
        assertThat(atWechat.request.path("out_refund_no").asString()).isEqualTo("RF" + order);
        assertThat(atWechat.request.path("amount").path("refund").longValue())
                .isEqualTo(refused.amountDue().movePointRight(2).longValueExact());
        assertThat(refunds.refundOf(payment).state()).isEqualTo(ProviderRefundState.State.PROCESSING);

        SecurityContextHolder.clearContext();
        orders.reconcile();
        assertThat(refunds.refundOf(payment).state()).as("not back yet").isEqualTo(ProviderRefundState.State.PROCESSING);
        WECHAT.completeRefund(order);
        orders.reconcile();
        assertThat(refunds.refundOf(payment).state()).isEqualTo(ProviderRefundState.State.SUCCEEDED);
        assertThat(refunds.refundOf(payment).providerRefundId()).isEqualTo(atWechat.refundId);
    }

    @Test
    void aVisitorsFeePaidOnlineIsGivenBackFromThePaymentsPage() {
        String visitor = "湘C" + plate.substring(2);
        PaymentOrder order = orders.create(OrderPurpose.VISITOR_FEE, null, visitor, null, 1500);
        WECHAT.pay(order.id());
        assertThat(WECHAT.send(WECHAT.order(order.id()).notifyUrl(), WECHAT.notification("EV-V-" + order.id(),
                order.id())).statusCode()).isEqualTo(204);

        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("payments");
        Grid<HeldPayment> fees = _get(Grid.class, spec -> spec.withId("payments-visitor-fees"));
        List<String> listed = GridKt._findAll(fees).stream().map(HeldPayment::orderId).toList();
        assertThat(listed).contains(order.id());
        assertThat(GridKt._get(fees, listed.indexOf(order.id())).reported()).isEqualTo("wechat");
        _click((Button) GridKt._getCellComponent(fees, listed.indexOf(order.id()), "refund"));
        _setValue(_get(TextField.class, spec -> spec.withId("visitor-fees-refund-reason")), "收费错误");
        _click(_get(Button.class, spec -> spec.withId("form-dialog-save")));

        assertThat(orderStatus(order.id())).isEqualTo("REFUNDED");
        WechatPayStandIn.Refund atWechat = WECHAT.refundOf(order.id());
        assertThat(atWechat).as("given back through WeChat Pay").isNotNull();
        assertThat(atWechat.request.path("amount").path("refund").longValue()).isEqualTo(1500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'VISITOR_FEE_REFUNDED' AND subject = ?")
                .param(order.id()).query(Integer.class).single()).isEqualTo(1);
        assertThat(orders.visitorFeesPaidOnline()).extracting(HeldPayment::orderId).doesNotContain(order.id());
        assertThatThrownBy(() -> refunds.refundVisitorFee(order.id(), "again"))
                .as("the same fee is not given back twice").isInstanceOf(BillingException.class);
    }

    @Test
    void theOwnersAndVisitorsPayPageShowsWechatsCodeOfTheOrder() {
        PaymentOrder order = orders.create(OrderPurpose.VISITOR_FEE, null, "湘B" + plate.substring(2), null, 1250);
        String codeUrl = WECHAT.order(order.id()).codeUrl;
        assertThat(order.payUrl()).isEqualTo(codeUrl);
        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate("pay/" + order.token());
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).isEqualTo("12.50 元");
        assertThat(_get(Html.class).getInnerHtml()).as("the QR code of WeChat's code_url")
                .isEqualTo(new Html("<div>" + QrCodes.svg(codeUrl, 220) + "</div>").getInnerHtml());
        assertThat(_get(Paragraph.class, spec -> spec.withId("pay-scan-help")).getText()).contains("微信");
        assertThat(_find(Button.class, spec -> spec.withId("pay-pay"))).as("no sandbox buttons").isEmpty();

        WECHAT.pay(order.id());
        assertThat(WECHAT.send(WECHAT.order(order.id()).notifyUrl(), WECHAT.notification("EV-P-" + order.id(),
                order.id())).statusCode()).isEqualTo(204);
        UI.getCurrent().navigate("pay/" + order.token());
        assertThat(_get(Span.class, spec -> spec.withId("pay-state")).getText()).startsWith("已支付");
        assertThat(_find(Html.class)).as("nothing more to scan").isEmpty();
    }

    @Test
    void withWechatDownTheOwnersPageSaysOnlinePaymentIsNotAvailableNow() {
        String token = links.linkForMessage(owner).replaceAll(".*/pay-owner/", "");
        WECHAT.mode(WechatPayStandIn.Mode.ERROR_500);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("pay-owner/" + token);
        _click(_get(Button.class, spec -> spec.withId("owner-pay-all")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("owner-pay-unavailable")).getText())
                .isEqualTo("Online payment is not available right now. Please try again in a few minutes, or pay at "
                        + "the office.");

        WECHAT.mode(WechatPayStandIn.Mode.NORMAL);
        _click(_get(Button.class, spec -> spec.withId("owner-pay-all")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("pay-scan-help")).getText())
                .startsWith("Scan this code with the payment app");
        assertThat(_find(Html.class)).as("WeChat's code of the order").hasSize(1);
    }

    private void assertRefused(String url, WechatPayStandIn.Notification notification, String what) {
        HttpResponse<String> answer = WECHAT.send(url, notification);
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(401);
        assertThat(answer.body()).as(what).contains("\"code\":\"FAIL\"");
    }






    private String outcome(String eventId) {
        return outcome("wechat", eventId);
    }

}
