package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parkgate.billing.provider.alipay.NotificationReading.Reason;
import org.parkgate.billing.provider.alipay.NotificationReading.Rejected;
import org.parkgate.billing.provider.alipay.NotificationReading.Verified;

/** Alipay's notifications as Alipay (the stand-in, with "Alipay's" key made for the test) sends them, and forgeries. */
class AlipayNotificationTest {

    private static final long ORDER_FEN = 61350;

    private final AlipayStandIn alipay = new AlipayStandIn();
    private final AlipayNotification notifications = new AlipayNotification(alipay.settings());

    @AfterEach
    void stop() {
        alipay.close();
    }

    private Map<String, String> paid() {
        return alipay.paidNotification("PO1A2B3C", ORDER_FEN);
    }

    private AlipayNotice verified(String body) {
        NotificationReading reading = notifications.read(body);
        assertThat(reading).isInstanceOf(Verified.class);
        return ((Verified) reading).notice();
    }

    private Reason rejected(String body) {
        return rejected(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private Reason rejected(byte[] body) {
        NotificationReading reading = notifications.read(body);
        assertThat(reading).isInstanceOf(Rejected.class);
        assertThat(((Rejected) reading).why()).isNotBlank();
        return ((Rejected) reading).reason();
    }

    @Test
    void aPaidNotificationIsVerifiedAndPaysItsOrder() {
        Map<String, String> parameters = paid();

        AlipayNotice notice = verified(AlipayStandIn.signedNotification(parameters));

        assertThat(notice.eventId()).isEqualTo(parameters.get("notify_id"));
        assertThat(notice.outTradeNo()).isEqualTo("PO1A2B3C");
        assertThat(notice.totalFen()).isEqualTo(61350);
        assertThat(notice.state()).isEqualTo(TradeState.PAID);
        assertThat(notice.paidAt()).isEqualTo(Instant.parse("2025-03-01T02:30:12Z"));
        assertThat(notice.reported()).contains("TRADE_SUCCESS", "613.50", notice.tradeNo());
        assertThat(notice.against("PO1A2B3C", ORDER_FEN)).isEqualTo(AlipayNotice.Match.PAYS_THE_ORDER);
        assertThat(AlipayNotification.ACKNOWLEDGEMENT).isEqualTo("success");
    }

    @Test
    void finishedPaysTooWhileClosedAndRefundsPayNothing() {
        Map<String, String> finished = paid();
        finished.put("trade_status", "TRADE_FINISHED");
        assertThat(verified(AlipayStandIn.signedNotification(finished)).against("PO1A2B3C", ORDER_FEN))
                .isEqualTo(AlipayNotice.Match.PAYS_THE_ORDER);

        Map<String, String> closed = paid();
        closed.put("trade_status", "TRADE_CLOSED");
        AlipayNotice closedNotice = verified(AlipayStandIn.signedNotification(closed));
        assertThat(closedNotice.state()).isEqualTo(TradeState.CLOSED);
        assertThat(closedNotice.against("PO1A2B3C", ORDER_FEN)).isEqualTo(AlipayNotice.Match.NOT_A_PAYMENT);

        Map<String, String> refunded = paid();
        refunded.put("out_biz_no", "RF-1");
        refunded.put("refund_fee", "100.00");
        refunded.put("gmt_refund", "2025-03-02 09:00:00.123");
        AlipayNotice refund = verified(AlipayStandIn.signedNotification(refunded));
        assertThat(refund.refund()).isTrue();
        assertThat(refund.refundFen()).isEqualTo(10000);
        assertThat(refund.against("PO1A2B3C", ORDER_FEN)).isEqualTo(AlipayNotice.Match.NOT_A_PAYMENT);
    }

    @Test
    void anotherAmountOrAnotherOrderIsVerifiedButDoesNotPayTheOrder() {
        AlipayNotice notice = verified(AlipayStandIn.signedNotification(alipay.paidNotification("PO1A2B3C", 100)));

        assertThat(notice.against("PO1A2B3C", ORDER_FEN)).isEqualTo(AlipayNotice.Match.AMOUNT_DIFFERS);
        assertThat(notice.against("PO_OTHER", 100)).isEqualTo(AlipayNotice.Match.OTHER_ORDER);
    }

    @Test
    void aForgedNotificationIsRejected() {
        String forged = AlipayStandIn.signedNotification(paid(), AlipayTestKeys.FORGER.getPrivate(),
                StandardCharsets.UTF_8, false);

        assertThat(rejected(forged)).isEqualTo(Reason.NOT_AUTHENTIC);
    }

    @Test
    void aTamperedAmountIsRejected() {
        String genuine = AlipayStandIn.signedNotification(alipay.paidNotification("PO1A2B3C", 100));
        assertThat(genuine).contains("&total_amount=1.00&");

        assertThat(rejected(genuine.replace("&total_amount=1.00&", "&total_amount=613.50&")))
                .isEqualTo(Reason.NOT_AUTHENTIC);
    }

    @Test
    void anUnsignedNotificationIsRejected() {
        String signed = AlipayStandIn.signedNotification(paid());

        assertThat(rejected(signed.replaceAll("&sign=[^&]*", ""))).isEqualTo(Reason.NOT_AUTHENTIC);
    }

    @Test
    void aSignedNotificationForAnotherAppOrSellerIsRejected() {
        Map<String, String> otherApp = paid();
        otherApp.put("app_id", "2021009999999999");
        assertThat(rejected(AlipayStandIn.signedNotification(otherApp))).isEqualTo(Reason.WRONG_APP);

        Map<String, String> otherSeller = paid();
        otherSeller.put("seller_id", "2088999999999999");
        assertThat(rejected(AlipayStandIn.signedNotification(otherSeller))).isEqualTo(Reason.WRONG_SELLER);

        Map<String, String> noSeller = paid();
        noSeller.remove("seller_id");
        assertThat(rejected(AlipayStandIn.signedNotification(noSeller))).isEqualTo(Reason.WRONG_SELLER);
    }

    @Test
    void anUnknownStatusIsRejected() {
        Map<String, String> odd = paid();
        odd.put("trade_status", "TRADE_PENDING");

        assertThat(rejected(AlipayStandIn.signedNotification(odd))).isEqualTo(Reason.UNKNOWN_STATUS);
    }

    @Test
    void anotherSignTypeIsRejected() {
        Map<String, String> rsa = paid();
        rsa.put("sign_type", "RSA");

        assertThat(rejected(AlipayStandIn.signedNotification(rsa))).isEqualTo(Reason.UNSUPPORTED_SIGN_TYPE);
    }

    @Test
    void emptyValuesAreLeftOutOfTheSignedString() {
        Map<String, String> withEmpty = paid();
        withEmpty.put("body", "");
        withEmpty.put("passback_params", "");
        String body = AlipayStandIn.signedNotification(withEmpty);
        assertThat(body).contains("&body=&", "&passback_params=&");

        assertThat(verified(body).against("PO1A2B3C", ORDER_FEN)).isEqualTo(AlipayNotice.Match.PAYS_THE_ORDER);
    }

    @Test
    void emptyValuesKeptAsAlipaysSdkVerifiesThemAreAcceptedToo() {
        Map<String, String> withEmpty = paid();
        withEmpty.put("body", "");
        String body = AlipayStandIn.signedNotification(withEmpty, AlipayTestKeys.ALIPAY.getPrivate(),
                StandardCharsets.UTF_8, true);

        assertThat(verified(body).outTradeNo()).isEqualTo("PO1A2B3C");
    }

    @Test
    void aGbkNotificationIsReadInItsCharset() {
        Charset gbk = Charset.forName("GBK");
        Map<String, String> parameters = paid();
        parameters.put("charset", "gbk");
        String body = AlipayStandIn.signedNotification(parameters, AlipayTestKeys.ALIPAY.getPrivate(), gbk, false);

        assertThat(verified(body).totalFen()).isEqualTo(ORDER_FEN);
    }

    @Test
    void truncatedBodiesAreRejectedWithoutAnError() {
        String body = AlipayStandIn.signedNotification(paid());

        assertThat(rejected(body.substring(0, body.indexOf("&out_trade_no=")))).isEqualTo(Reason.NOT_AUTHENTIC);
        int escape = body.indexOf("%E5");
        assertThat(rejected(body.substring(0, escape + 2))).isEqualTo(Reason.MALFORMED);
        assertThat(rejected(body.substring(0, escape + 6))).as("cut inside a character").isEqualTo(Reason.MALFORMED);
    }

    @Test
    void bodiesThatAreNotFormsAreRejected() {
        assertThat(rejected("")).isEqualTo(Reason.MALFORMED);
        assertThat(rejected("{\"notify_id\":\"1\",\"trade_status\":\"TRADE_SUCCESS\"}")).isEqualTo(Reason.MALFORMED);
        assertThat(rejected("<xml><return_code>SUCCESS</return_code></xml>")).isEqualTo(Reason.MALFORMED);
        assertThat(rejected(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2})).isEqualTo(Reason.MALFORMED);
        assertThat(rejected("a=1&=2")).isEqualTo(Reason.MALFORMED);
        assertThat(rejected("subject=%E5%81")).as("half a character").isEqualTo(Reason.MALFORMED);
        assertThat(rejected("charset=big5&a=1")).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aParameterGivenTwiceIsRejected() {
        String body = AlipayStandIn.signedNotification(alipay.paidNotification("PO1A2B3C", 100));

        assertThat(rejected(body + "&total_amount=613.50")).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aHugeBodyIsRejectedUnread() {
        String body = AlipayStandIn.signedNotification(paid()) + "&padding=" + "x".repeat(AlipayNotification.MAX_BODY_BYTES);

        assertThat(rejected(body)).isEqualTo(Reason.TOO_LARGE);
    }
}
