package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.parkgate.AppTestSupport;
import org.parkgate.billing.provider.alipay.AlipayStandIn;
import org.parkgate.billing.provider.alipay.AlipayTestKeys;
import org.parkgate.billing.provider.wechat.WechatPayStandIn;
import tools.jackson.databind.JsonNode;

/**
 * Real online payment end to end over real HTTP with the packaged jar (demo data, the simulator's
 * lanes) and stand-ins that speak WeChat Pay's and Alipay's protocols with keys made in the test:
 * an admin sets up WeChat Pay on the Payment providers page in a real browser and tests it; 京A10004
 * is refused at in-1 with WeChat's {@code code_url} in the display's QR code, WeChat notifies the
 * payment (signed, encrypted) and the barrier rises; a manager refunds that payment in the browser
 * and it goes back through WeChat; 京A10005 pays with no notification at all and the lane's polling
 * raises the barrier within 5 s; and the same with Alipay configured in the settings file.
 */
class OnlinePaymentIT {

    @Test
    void wechatPaySetUpInTheBrowserOpensTheBarrierWithAndWithoutANotificationAndRefunds() throws Exception {
        try (WechatPayStandIn standIn = WechatPayStandIn.start();
                RunningJar app = RunningJar.start(AppTestSupport.newTempDir("wechat-it-"), Map.of(),
                        "--spring.profiles.active=demo").awaitStarted();
                Chromium browser = new Chromium("en-US,en", 1280, 1400, "OnlinePaymentIT-")) {
            try {
                setUpInTheBrowser(app, browser, standIn);
                SimulatedLanes lanes = new SimulatedLanes(app);

                JsonNode refused = lanes.arrive("in-1", "京A10004");
                assertThat(refused.path("decision").asString()).isEqualTo("DENY");
                String order = refused.path("orderId").asString();
                assertThat(lanes.lane("in-1").path("qr").asString()).as("WeChat's own code_url on the display")
                        .isEqualTo(standIn.order(order).codeUrl).startsWith("weixin://wxpay/bizpayurl?pr=");
                standIn.pay(order);
                HttpResponse<String> notified = standIn.send(standIn.order(order).notifyUrl(),
                        standIn.notification("EV-IT-" + order, order));
                assertThat(notified.statusCode()).as(notified.body()).isEqualTo(204);
                lanes.awaitRising("in-1", Duration.ofSeconds(1));
                lanes.leave("in-1");

                browser.signIn(app.uri("/login"), "manager");
                browser.open(app.uri("/payments"));
                browser.click(By.cssSelector("[id^='refund-']")); // the newest payment: the one WeChat took
                browser.type(By.cssSelector("#reversal-reason input"), "重复缴费");
                browser.click(By.id("form-dialog-save"));
                browser.waitUntil(() -> standIn.refundOf(order) != null);
                assertThat(standIn.refundOf(order).request.path("amount").path("refund").longValue())
                        .as("all of it, through WeChat Pay")
                        .isEqualTo(refused.path("amountDue").decimalValue().movePointRight(2).longValueExact());

                lanes.awaitClosed("in-1");
                JsonNode suspended = lanes.arrive("in-1", "京A10005");
                assertThat(suspended.path("decision").asString()).isEqualTo("DENY");
                standIn.pay(suspended.path("orderId").asString()); // and WeChat never reaches this ParkGate
                Duration took = lanes.awaitRising("in-1", Duration.ofSeconds(5));
                System.out.println("OnlinePaymentIT: paid at WeChat, no notification, barrier rising after "
                        + took.toMillis() + " ms");
            } catch (AssertionError | RuntimeException failed) {
                browser.keepEvidence("wechat-failure");
                throw failed;
            }
        }
    }

    @Test
    void alipayFromTheSettingsFileOpensTheBarrierOnItsNotification() throws Exception {
        Path keys = AppTestSupport.newTempDir("alipay-keys-");
        Path privateKey = Files.writeString(keys.resolve("app_private_key.pem"),
                AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate()));
        Path publicKey = Files.writeString(keys.resolve("alipay_public_key.txt"),
                AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic()));
        try (AlipayStandIn alipay = new AlipayStandIn();
                RunningJar app = RunningJar.start(AppTestSupport.newTempDir("alipay-it-"), Map.of(),
                        "--spring.profiles.active=demo", "--parkgate.payments.alipay.app-id=" + AlipayStandIn.APP_ID,
                        "--parkgate.payments.alipay.seller-id=" + AlipayStandIn.SELLER_ID,
                        "--parkgate.payments.alipay.private-key-file=" + privateKey,
                        "--parkgate.payments.alipay.alipay-public-key-file=" + publicKey,
                        "--parkgate.payments.alipay.gateway-url=" + alipay.gateway()).awaitStarted()) {
            SimulatedLanes lanes = new SimulatedLanes(app);
            JsonNode refused = lanes.arrive("in-1", "京A10004");
            assertThat(refused.path("decision").asString()).isEqualTo("DENY");
            String order = refused.path("orderId").asString();
            assertThat(lanes.lane("in-1").path("qr").asString()).as("Alipay's own qr_code on the display")
                    .startsWith("https://qr.alipay.com/");
            alipay.pay(order);
            long fen = refused.path("amountDue").decimalValue().movePointRight(2).longValueExact();
            HttpResponse<String> notified = alipay.notify(alipay.notifyUrl(order),
                    AlipayStandIn.signedNotification(alipay.paidNotification(order, fen)));
            assertThat(notified.body()).isEqualTo("success");
            lanes.awaitRising("in-1", Duration.ofSeconds(1));
        }
    }

    /** The admin enters the stand-in's merchant settings, tests them, and saves them. */
    private static void setUpInTheBrowser(RunningJar app, Chromium browser, WechatPayStandIn wechat)
            throws IOException {
        browser.signIn(app.uri("/login"), "admin");
        browser.open(app.uri("/payment-providers"));
        browser.waitFor(By.id("providers-wechat-mchid"));
        fill(browser, "mchid", WechatPayStandIn.MCHID);
        fill(browser, "appid", WechatPayStandIn.APPID);
        fill(browser, "merchant-serial", WechatPayStandIn.MERCHANT_SERIAL);
        fill(browser, "private-key", Files.readString(wechat.merchantPrivateKeyFile()));
        fill(browser, "api-v3-key", wechat.apiV3Key());
        fill(browser, "public-key-id", WechatPayStandIn.PUBLIC_KEY_ID);
        fill(browser, "public-key", Files.readString(wechat.publicKeyFile()));
        fill(browser, "base-url", wechat.baseUrl());
        browser.click(By.id("providers-wechat-test"));
        browser.waitUntil(() -> browser.waitFor(By.id("providers-wechat-result")).getText().startsWith("The settings"));
        assertThat(browser.waitFor(By.id("providers-wechat-result")).getText()).startsWith("The settings work");
        browser.click(By.id("providers-wechat-save"));
        browser.waitUntil(() -> browser.waitFor(By.id("providers-wechat-status")).getText().equals("Set up here."));
        browser.screenshot("wechat-set-up");
    }

    /** Sets a field's value as typing and leaving it would (long PEM texts included). */
    private static void fill(Chromium browser, String setting, String value) {
        browser.waitFor(By.id("providers-wechat-" + setting));
        browser.script("const field = document.getElementById(arguments[0]); field.value = arguments[1];"
                + " field.dispatchEvent(new CustomEvent('change', {bubbles: true}));", "providers-wechat-" + setting,
                value);
    }
}
