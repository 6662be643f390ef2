package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The string to sign and RSA2 exactly as Alipay publishes them, checked against Alipay's own examples. */
class AlipaySignatureTest {

    /** Splits an example as Alipay's documents print it ({@code name=value&...}, values decoded). */
    private static Map<String, String> parameters(String printed) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : printed.split("&")) {
            String[] pair = part.split("=", 2);
            parameters.put(pair[0], pair[1]);
        }
        return parameters;
    }

    private static final String MENU = "{\"button\":[{\"actionParam\":\"ZFB_HFCZ\",\"actionType\":\"out\",\"name\":"
            + "\"话费充值\"},{\"name\":\"查询\",\"subButton\":[{\"actionParam\":\"ZFB_YECX\",\"actionType\":\"out\","
            + "\"name\":\"余额查询\"},{\"actionParam\":\"ZFB_LLCX\",\"actionType\":\"out\",\"name\":\"流量查询\"},"
            + "{\"actionParam\":\"ZFB_HFCX\",\"actionType\":\"out\",\"name\":\"话费查询\"}]},{\"actionParam\":"
            + "\"http://m.alipay.com\",\"actionType\":\"link\",\"name\":\"最新优惠\"}]}";

    /** The request of Alipay's "自行实现签名" (open platform, signing without the SDK), in the order it lists it. */
    @Test
    void theRequestStringToSignOfAlipaysExample() {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("app_id", "2014072300007148");
        request.put("method", "alipay.mobile.public.menu.add");
        request.put("charset", "GBK");
        request.put("sign_type", "RSA2");
        request.put("timestamp", "2014-07-24 03:07:50");
        request.put("biz_content", MENU);
        request.put("sign", "e9zEAe4TTQ4LPLQvETPoLGXTiURcxiAKfMVQ6Hrrsx2hmyIEGvSfAQzbLxHrhyZ48wOJXTsD4FPnt+YGdK57+fP1BCbf9rIVy"
                + "cfjhYCqlFhbTu9pFnZgT55W+xbAFb9y7vL0MyAxwXUXvZtQVqEwW7pURtKilbcBTEW7TAxzgro=");
        request.put("version", "1.0");

        assertThat(AlipaySignature.requestContent(request)).isEqualTo("app_id=2014072300007148&biz_content=" + MENU
                + "&charset=GBK&method=alipay.mobile.public.menu.add&sign_type=RSA2&timestamp=2014-07-24 03:07:50"
                + "&version=1.0");
    }

    /**
     * The notification of Alipay's "异步通知验签" (verifying an asynchronous notification). Alipay's
     * page prints its result without {@code gmt_create}, although the notification carries it; by the
     * page's own rule (every parameter but sign and sign_type) it sorts between gmt_close and
     * gmt_payment, which is where it stands here.
     */
    @Test
    void theNotificationStringOfAlipaysExample() {
        Map<String, String> notification = parameters("total_amount=2.00&buyer_id=2088102116773037&body=大乐透2.1"
                + "&trade_no=2016071921001003030200089909&refund_fee=0.00&notify_time=2016-07-19 14:10:49"
                + "&subject=大乐透2.1&sign_type=RSA2&charset=utf-8&notify_type=trade_status_sync"
                + "&out_trade_no=0719141034-6418&gmt_close=2016-07-19 14:10:46&gmt_payment=2016-07-19 14:10:47"
                + "&trade_status=TRADE_SUCCESS&version=1.0&sign=kPbQIjX+xQc8F0/A6/AocELIjhhZnGbcBN6G4MM/HmfWL4ZiHM6fWl5N"
                + "QhzXJusaklZ1LFuMo+lHQUELAYeugH8LYFvxnNajOvZhuxNFbN2LhF0l/KL8ANtj8oyPM4NN7Qft2kWJTDJUpQOzCzNnV9hDxh5AaT9"
                + "FPqRS6ZKxnzM=&gmt_create=2016-07-19 14:10:44&app_id=2015102700040153&seller_id=2088102119685838"
                + "&notify_id=4a91b7a78a503640467525113fb7d8bg8e");

        assertThat(AlipaySignature.notificationContent(notification)).isEqualTo("app_id=2015102700040153"
                + "&body=大乐透2.1&buyer_id=2088102116773037&charset=utf-8&gmt_close=2016-07-19 14:10:46"
                + "&gmt_create=2016-07-19 14:10:44&gmt_payment=2016-07-19 14:10:47"
                + "&notify_id=4a91b7a78a503640467525113fb7d8bg8e&notify_time=2016-07-19 14:10:49"
                + "&notify_type=trade_status_sync&out_trade_no=0719141034-6418&refund_fee=0.00"
                + "&seller_id=2088102119685838&subject=大乐透2.1&total_amount=2.00"
                + "&trade_no=2016071921001003030200089909&trade_status=TRADE_SUCCESS&version=1.0");
    }

    @Test
    void emptyValuesAreLeftOutAndNamesSortInAsciiOrder() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("b", "5");
        parameters.put("a_b", "4");
        parameters.put("B", "1");
        parameters.put("a1", "3");
        parameters.put("a", "2");
        parameters.put("empty", "");
        parameters.put("blank", "   ");
        parameters.put("sign", "left out");
        parameters.put("sign_type", "RSA2");

        assertThat(AlipaySignature.requestContent(parameters)).isEqualTo("B=1&a=2&a1=3&a_b=4&b=5&sign_type=RSA2");
        assertThat(AlipaySignature.notificationContent(parameters)).isEqualTo("B=1&a=2&a1=3&a_b=4&b=5");
        assertThat(AlipaySignature.notificationContentWithEmptyValues(parameters))
                .isEqualTo("B=1&a=2&a1=3&a_b=4&b=5&blank=   &empty=");
    }

    @Test
    void valuesAreSignedAsTheyAreNeverUrlEncoded() {
        assertThat(AlipaySignature.requestContent(Map.of("notify_url", "https://x.example/n?a=1&b=2",
                "subject", "停车费 京A10004+1%"))).isEqualTo("notify_url=https://x.example/n?a=1&b=2&subject=停车费 京A10004+1%");
    }

    @Test
    void signaturesVerifyOnlyForTheSameTextAndKey() {
        KeyPair keys = AlipayTestKeys.ALIPAY;
        String sign = AlipaySignature.sign("a=1&b=停车", keys.getPrivate());

        assertThat(sign).isEqualTo(AlipayTestKeys.sign("a=1&b=停车", keys.getPrivate(), StandardCharsets.UTF_8));
        assertThat(AlipaySignature.verify("a=1&b=停车", sign, keys.getPublic())).isTrue();
        assertThat(AlipaySignature.verify("a=1&b=停車", sign, keys.getPublic())).isFalse();
        assertThat(AlipaySignature.verify("a=1&b=停车", sign, AlipayTestKeys.FORGER.getPublic())).isFalse();
        assertThat(AlipaySignature.verify("a=1&b=停车", "not base64!", keys.getPublic())).isFalse();
        assertThat(AlipaySignature.verify("a=1&b=停车", null, keys.getPublic())).isFalse();
    }

    @Test
    void keysAreReadAsAlipaysKeyToolGivesThemWithOrWithoutArmour() {
        KeyPair keys = AlipayTestKeys.APP;

        assertThat(AlipaySignature.privateKey(AlipayTestKeys.pem(keys.getPrivate()))).isEqualTo(keys.getPrivate());
        assertThat(AlipaySignature.privateKey(AlipayTestKeys.base64(keys.getPrivate()))).isEqualTo(keys.getPrivate());
        assertThat(AlipaySignature.publicKey(AlipayTestKeys.pem(keys.getPublic()))).isEqualTo(keys.getPublic());
        assertThat(AlipaySignature.publicKey(AlipayTestKeys.base64(keys.getPublic()))).isEqualTo(keys.getPublic());
    }

    @Test
    void unusableKeysAreRefusedWithoutRepeatingThem() {
        String publicInsteadOfPrivate = AlipayTestKeys.base64(AlipayTestKeys.APP.getPublic());
        assertThatThrownBy(() -> AlipaySignature.privateKey(publicInsteadOfPrivate))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8")
                .hasMessageNotContaining(publicInsteadOfPrivate.substring(20, 60));
        assertThatThrownBy(() -> AlipaySignature.privateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#1");
        assertThatThrownBy(() -> AlipaySignature.publicKey("MIIB this is not a key"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("public key");
        String weak = AlipayTestKeys.base64(AlipayTestKeys.generate(1024).getPublic());
        assertThatThrownBy(() -> AlipaySignature.publicKey(weak))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024 bits");
    }

    @Test
    void theSignedTextOfAnAnswerIsCutFromTheBodyAsItStands() {
        String response = "{ \"code\" : \"10000\", \"msg\":\"Success\", \"note\":\"a } and a \\\" inside\","
                + " \"list\":[1, {\"x\":[]}], \"ok\":true, \"none\":null, \"n\":-1.5e3 }";
        String body = "{\"sign\":\"c2lnbg==\",  \"alipay_trade_query_response\" :  " + response + " ,\"alipay_cert_sn\":\"x\"}";

        AnswerText text = AnswerText.of(body, "alipay.trade.query");

        assertThat(text.node()).isEqualTo("alipay_trade_query_response");
        assertThat(text.content()).isEqualTo(response);
        assertThat(text.sign()).isEqualTo("c2lnbg==");
    }

    @Test
    void anOldErrorAnswerIsReadFromErrorResponse() {
        AnswerText text = AnswerText.of("{\"error_response\":{\"code\":\"40002\"},\"sign\":\"a\\/b\"}", "alipay.trade.query");

        assertThat(text.node()).isEqualTo("error_response");
        assertThat(text.content()).isEqualTo("{\"code\":\"40002\"}");
        assertThat(text.sign()).isEqualTo("a/b");
    }

    @Test
    void answersThatAreNotOneCleanObjectAreRefused() {
        String[] bodies = {
            "",
            "<html>502</html>",
            "{\"alipay_trade_query_response\":{\"code\":\"10000\"}",
            "{\"alipay_trade_query_response\":{\"code\":\"10000\"},\"alipay_trade_query_response\":{\"code\":\"10000\"},\"sign\":\"a\"}",
            "{\"alipay_trade_query_response\":\"10000\",\"sign\":\"a\"}",
            "{\"alipay_trade_close_response\":{\"code\":\"10000\"},\"sign\":\"a\"}",
            "{\"alipay_trade_query_response\":{\"code\":\"10000\"},\"sign\":\"a\"} trailing",
            "{\"alipay_trade_query_response\":{\"code\":\"10000\"},\"sign\":7}",
            "[".repeat(100),
        };
        for (String body : bodies) {
            assertThatThrownBy(() -> AnswerText.of(body, "alipay.trade.query")).as(body)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
