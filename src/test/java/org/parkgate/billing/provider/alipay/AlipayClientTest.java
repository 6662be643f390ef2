package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.billing.provider.alipay.AlipayStandIn.Fault;

/** ParkGate's Alipay client against a stand-in gateway over real HTTP, signed both ways with keys made for the test. */
class AlipayClientTest {

    /** 10:30 in Shanghai; the clock's own zone is UTC, which Alipay's times must not follow. */
    private static final Instant NOW = Instant.parse("2025-03-01T02:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private AlipayStandIn alipay;
    private AlipayClient client;

    @BeforeEach
    void start() {
        alipay = new AlipayStandIn();
        client = new AlipayClient(alipay.settings(), CLOCK);
    }

    @AfterEach
    void stop() {
        client.close();
        alipay.close();
    }

    private PrecreateResult precreate(String outTradeNo) {
        return client.precreate(new PrecreateOrder(outTradeNo, 61350, "停车费 京A10004", NOW.plus(Duration.ofMinutes(30)),
                URI.create("https://parking.example.com/api/payments/alipay/notify")));
    }

    @Test
    void precreateSendsASignedRequestWithTheCommonParametersAndGivesTheQrCode() {
        PrecreateResult result = precreate("PO1A2B3C");

        assertThat(result.created()).isTrue();
        assertThat(result.qrCode()).startsWith("https://qr.alipay.com/bax");
        AlipayStandIn.Received request = alipay.last();
        assertThat(request.signatureValid()).isTrue();
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded;charset=utf-8");
        assertThat(request.parameters())
                .containsEntry("app_id", AlipayStandIn.APP_ID)
                .containsEntry("method", "alipay.trade.precreate")
                .containsEntry("format", "JSON")
                .containsEntry("charset", "utf-8")
                .containsEntry("sign_type", "RSA2")
                .containsEntry("timestamp", "2025-03-01 10:30:00")
                .containsEntry("version", "1.0")
                .containsEntry("notify_url", "https://parking.example.com/api/payments/alipay/notify");
        assertThat(request.biz().path("out_trade_no").asString()).isEqualTo("PO1A2B3C");
        assertThat(request.biz().path("total_amount").asString()).isEqualTo("613.50");
        assertThat(request.biz().path("subject").asString()).isEqualTo("停车费 京A10004");
        assertThat(request.biz().path("time_expire").asString()).isEqualTo("2025-03-01 11:00:00");
    }

    @Test
    void withoutAPublicAddressNoNotifyUrlIsSent() {
        PrecreateResult result = client.precreate(new PrecreateOrder("PO_POLLING", 500, "停车费", NOW.plusSeconds(900),
                null));

        assertThat(result.created()).isTrue();
        assertThat(alipay.last().parameters()).doesNotContainKey("notify_url");
        assertThat(alipay.last().biz().path("total_amount").asString()).isEqualTo("5.00");
    }

    @Test
    void aTradeIsOpenBeforeTheFirstScanAndWhileItWaitsThenPaid() {
        precreate("PO_STATES");

        TradeQueryResult notScanned = client.queryTrade("PO_STATES");
        assertThat(notScanned.state()).isEqualTo(TradeState.OPEN);
        assertThat(notScanned.reply().subCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
        assertThat(alipay.last().signatureValid()).isTrue();

        alipay.scan("PO_STATES");
        TradeQueryResult waiting = client.queryTrade("PO_STATES");
        assertThat(waiting.state()).isEqualTo(TradeState.OPEN);
        assertThat(waiting.reply().succeeded()).isTrue();

        alipay.pay("PO_STATES");
        TradeQueryResult paid = client.queryTrade("PO_STATES");
        assertThat(paid.state()).isEqualTo(TradeState.PAID);
        assertThat(paid.totalFen()).isEqualTo(61350);
        assertThat(paid.buyerLogonId()).isEqualTo("159****5620");
        assertThat(paid.buyerUserId()).isEqualTo(AlipayStandIn.BUYER_ID);
        assertThat(paid.tradeNo()).isNotEmpty();
        assertThat(paid.paidAt()).isEqualTo(Instant.parse("2025-03-01T02:30:12Z"));
    }

    @Test
    void finishedIsPaidAndClosedIsClosed() {
        precreate("PO_FINISHED");
        alipay.trades.get("PO_FINISHED").status = "TRADE_FINISHED";
        assertThat(client.queryTrade("PO_FINISHED").state()).isEqualTo(TradeState.PAID);

        alipay.trades.get("PO_FINISHED").status = "TRADE_CLOSED";
        assertThat(client.queryTrade("PO_FINISHED").state()).isEqualTo(TradeState.CLOSED);
    }

    @Test
    void anUnknownTradeStatusIsNotBelieved() {
        precreate("PO_ODD");
        alipay.trades.get("PO_ODD").status = "TRADE_PENDING";

        TradeQueryResult result = client.queryTrade("PO_ODD");

        assertThat(result.state()).isEqualTo(TradeState.UNKNOWN);
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.UNREADABLE);
    }

    @Test
    void closingBeforeTheScanFindsNothingWhileWaitingItClosesAndAPaidTradeIsNotClosable() {
        precreate("PO_CLOSE1");
        assertThat(client.closeTrade("PO_CLOSE1").state()).isEqualTo(TradeCloseResult.State.NOT_SCANNED);

        alipay.scan("PO_CLOSE1");
        TradeCloseResult closed = client.closeTrade("PO_CLOSE1");
        assertThat(closed.state()).isEqualTo(TradeCloseResult.State.CLOSED);
        assertThat(client.queryTrade("PO_CLOSE1").state()).isEqualTo(TradeState.CLOSED);

        precreate("PO_CLOSE2");
        alipay.pay("PO_CLOSE2");
        TradeCloseResult paid = client.closeTrade("PO_CLOSE2");
        assertThat(paid.state()).isEqualTo(TradeCloseResult.State.NOT_CLOSABLE);
        assertThat(paid.reply().subCode()).isEqualTo("ACQ.TRADE_STATUS_ERROR");
    }

    @Test
    void aRefundGoesBackAndIsTrackedByItsRequestNumber() {
        precreate("PO_REFUND");
        alipay.pay("PO_REFUND");

        assertThat(client.queryRefund("PO_REFUND", "RF-1").state()).isEqualTo(RefundResult.State.PENDING);

        RefundResult refund = client.refund("PO_REFUND", "RF-1", 61350, "误收，退回");
        assertThat(refund.state()).isEqualTo(RefundResult.State.SUCCEEDED);
        assertThat(refund.refundedFen()).isEqualTo(61350);
        assertThat(alipay.last().biz().path("refund_amount").asString()).isEqualTo("613.50");
        assertThat(alipay.last().biz().path("out_request_no").asString()).isEqualTo("RF-1");
        assertThat(alipay.last().biz().path("refund_reason").asString()).isEqualTo("误收，退回");

        RefundResult again = client.refund("PO_REFUND", "RF-1", 61350, "误收，退回");
        assertThat(again.state()).as("a repeat moves no money: confirm by query").isEqualTo(RefundResult.State.PENDING);
        assertThat(alipay.trades.get("PO_REFUND").refunded()).isEqualTo(61350);

        RefundResult tracked = client.queryRefund("PO_REFUND", "RF-1");
        assertThat(tracked.state()).isEqualTo(RefundResult.State.SUCCEEDED);
        assertThat(tracked.refundedFen()).isEqualTo(61350);
        assertThat(client.queryTrade("PO_REFUND").state()).as("refunded in full").isEqualTo(TradeState.CLOSED);
    }

    @Test
    void aRefundOfATradeAlipayDoesNotHaveIsRefused() {
        RefundResult refund = client.refund("PO_NEVER", "RF-2", 100, "");

        assertThat(refund.state()).isEqualTo(RefundResult.State.REFUSED);
        assertThat(refund.reply().subCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");
        assertThat(alipay.last().biz().has("refund_reason")).isFalse();
    }

    @Test
    void aTamperedAnswerIsNotBelieved() {
        precreate("PO_TAMPER");
        alipay.scan("PO_TAMPER");
        alipay.tamper = text -> text.replace("WAIT_BUYER_PAY", "TRADE_SUCCESS");

        TradeQueryResult result = client.queryTrade("PO_TAMPER");

        assertThat(result.state()).isEqualTo(TradeState.UNKNOWN);
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.NOT_AUTHENTIC);
        assertThat(result.reply().outcome().worthRetrying()).isTrue();
    }

    @Test
    void anAnswerSignedWithAnotherKeyOrUnsignedIsNotBelieved() {
        alipay.fault = Fault.SIGNED_BY_FORGER;
        PrecreateResult forged = precreate("PO_FORGED");
        assertThat(forged.created()).isFalse();
        assertThat(forged.qrCode()).isEmpty();
        assertThat(forged.reply().outcome()).isEqualTo(AlipayOutcome.NOT_AUTHENTIC);

        alipay.fault = Fault.UNSIGNED;
        PrecreateResult unsigned = precreate("PO_UNSIGNED");
        assertThat(unsigned.created()).isFalse();
        assertThat(unsigned.reply().outcome()).isEqualTo(AlipayOutcome.NOT_AUTHENTIC);
        assertThat(unsigned.reply().detail()).contains("unsigned", "10000");
    }

    @Test
    void slashesEscapedAfterSigningStillVerifyAsAlipaysSdkAllows() {
        alipay.fault = Fault.ESCAPED_SLASHES;

        PrecreateResult result = precreate("PO_SLASHES");

        assertThat(result.created()).isTrue();
        assertThat(result.qrCode()).startsWith("https://qr.alipay.com/");
    }

    @Test
    void anAnswerAboutAnotherOrderIsNotTaken() {
        alipay.fault = Fault.ANOTHER_ORDER;

        PrecreateResult result = precreate("PO_MINE");

        assertThat(result.created()).isFalse();
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.UNREADABLE);
    }

    @Test
    void aGatewayErrorOrABusyGatewayIsUnavailable() {
        alipay.fault = Fault.HTTP_502;
        PrecreateResult down = precreate("PO_502");
        assertThat(down.created()).isFalse();
        assertThat(down.reply().outcome()).isEqualTo(AlipayOutcome.UNAVAILABLE);
        assertThat(down.reply().detail()).contains("502");

        alipay.fault = Fault.BUSY;
        TradeQueryResult busy = client.queryTrade("PO_502");
        assertThat(busy.state()).isEqualTo(TradeState.UNKNOWN);
        assertThat(busy.reply().outcome()).isEqualTo(AlipayOutcome.UNAVAILABLE);
        assertThat(busy.reply().code()).isEqualTo("20000");
    }

    @Test
    void aSlowGatewayTimesOutWithinTheConfiguredTimeouts() {
        client.close();
        client = new AlipayClient(alipay.settings().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300)), CLOCK);
        alipay.fault = Fault.SLOW;
        alipay.slowness = Duration.ofSeconds(3);

        long start = System.nanoTime();
        TradeQueryResult result = client.queryTrade("PO_SLOW");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.state()).isEqualTo(TradeState.UNKNOWN);
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.TIMED_OUT);
        assertThat(waited).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void aGatewayThatIsNotThereIsUnavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        client.close();
        client = new AlipayClient(alipay.settings().withGateway(URI.create("http://127.0.0.1:" + port + "/gateway.do")),
                CLOCK);

        PrecreateResult result = precreate("PO_NOBODY");

        assertThat(result.created()).isFalse();
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.UNAVAILABLE);
    }

    @Test
    void aClosedClientAnswersUnavailable() {
        client.close();

        assertThat(client.queryTrade("PO_AFTER").reply().outcome()).isEqualTo(AlipayOutcome.UNAVAILABLE);
        assertThat(alipay.received).isEmpty();
    }

    @Test
    void aHugeAnswerIsRefusedUnread() {
        alipay.fault = Fault.HUGE;

        PrecreateResult result = precreate("PO_HUGE");

        assertThat(result.created()).isFalse();
        assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.UNREADABLE);
    }

    @Test
    void aRequestSignedWithAKeyAlipayDoesNotKnowIsRefusedAsMisconfigured() {
        try (AlipayStandIn strict = new AlipayStandIn(AlipayTestKeys.FORGER.getPublic());
                AlipayClient wrongKey = new AlipayClient(strict.settings(), CLOCK)) {
            PrecreateResult result = wrongKey.precreate(new PrecreateOrder("PO_WRONGKEY", 100, "停车费",
                    NOW.plusSeconds(600), null));

            assertThat(strict.last().signatureValid()).isFalse();
            assertThat(result.created()).isFalse();
            assertThat(result.reply().outcome()).isEqualTo(AlipayOutcome.MISCONFIGURED);
            assertThat(result.reply().subCode()).isEqualTo("isv.invalid-signature");
            assertThat(result.reply().outcome().worthRetrying()).isFalse();
        }
    }

    @Test
    void argumentsAlipayWouldRefuseAreRefusedBeforeSending() {
        assertThatThrownBy(() -> new PrecreateOrder("PO-WITH-DASH", 100, "停车费", NOW, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out_trade_no");
        assertThatThrownBy(() -> new PrecreateOrder("PO1", 0, "停车费", NOW, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> client.refund("PO1", "RF 1", 100, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out_request_no");
        assertThatThrownBy(() -> client.precreate(new PrecreateOrder("PO1", 100, "停车费", NOW, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expired");
        assertThat(new PrecreateOrder("PO1", 100, "A/B=C&D", NOW, null).subject()).isEqualTo("A B C D");
        assertThat(alipay.received).isEmpty();
    }
}
