package org.parkgate.billing.provider;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkgate.billing.OrderPurpose;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.billing.PaymentProviders;
import org.parkgate.billing.ProviderSetup;
import org.parkgate.billing.provider.alipay.AlipayStandIn;
import org.parkgate.billing.provider.alipay.AlipayTestKeys;
import org.parkgate.billing.provider.wechat.WechatPayStandIn;
import org.parkgate.lane.LaneAnswer;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin sets up WeChat Pay and Alipay on the Payment providers page, against stand-ins that
 * speak their protocols: Test connection tells working settings from wrong ones, secrets are
 * stored sealed and never shown again, every change is audited, the lane's QR code is then the
 * provider's own, the payer may choose the other provider on the pay page, and a lot's lanes use
 * the lot's choice. Stored secrets that no longer open leave their provider out. Nothing is in the
 * settings file; each test removes what it set up.
 */
class PaymentProvidersPageTest extends ProviderContextTest {

    static final WechatPayStandIn WECHAT = WechatPayStandIn.start();
    static final AlipayStandIn ALIPAY = new AlipayStandIn();
    static final int PORT = freePort();

    @DynamicPropertySource
    static void noProviderInTheSettingsFile(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("parkgate.public-url", () -> "http://127.0.0.1:" + PORT);
        registry.add("parkgate.payments.wechat.connect-timeout", () -> "500ms");
        registry.add("parkgate.payments.wechat.read-timeout", () -> "1s");
        registry.add("parkgate.payments.alipay.connect-timeout", () -> "500ms");
        registry.add("parkgate.payments.alipay.read-timeout", () -> "1s");
    }

    @AfterAll
    static void theStandInsStop() {
        WECHAT.stop();
        ALIPAY.close();
    }

    @Autowired
    ProviderSetup setup;
    @Autowired
    PaymentProviders providers;
    @Value("${parkgate.data-dir}")
    Path dataDir;

    /** The audit entries before the test: each test reads only its own. */
    long auditedBefore;

    @BeforeEach
    void auditedSoFar() {
        WECHAT.useClock(clock::instant); // WeChat signs with ParkGate's time, as a real one would with its own
        auditedBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();
    }

    @AfterEach
    void nothingSetUpAnyMore() {
        login("admin", Role.ADMIN);
        jdbc.sql("DELETE FROM payment_offer").update();
        // what the test left to follow is settled, as the minute's reconciliation would in time
        jdbc.sql("UPDATE payment_order SET status = 'EXPIRED' WHERE status IN ('OPEN', 'SUPERSEDED', 'HELD')").update();
        jdbc.sql("UPDATE payment_refund SET status = 'SUCCEEDED' WHERE status = 'PROCESSING'").update();
        for (String name : List.of("wechat", "alipay")) {
            if (setup.providers().stream().anyMatch(form -> form.name().equals(name)
                    && form.source() == ProviderSetup.Source.PAGE)) {
                setup.remove(name);
            }
        }
        SecurityContextHolder.clearContext();
        WECHAT.reset();
        ALIPAY.reset();
    }

    @Test
    void anAdminSetsUpWechatPayTestsItAndTheLaneShowsItsCodeUrl() throws InterruptedException {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("payment-providers");
        assertThat(text("providers-wechat-status")).isEqualTo("Not set up: takes no payments.");

        type("mchid", WechatPayStandIn.MCHID);
        type("appid", WechatPayStandIn.APPID);
        type("merchant-serial", "0000000000000000000000000000000000000000");
        secret("private-key", read(WECHAT.merchantPrivateKeyFile()));
        secret("api-v3-key", WECHAT.apiV3Key());
        type("public-key-id", WechatPayStandIn.PUBLIC_KEY_ID);
        paste("public-key", read(WECHAT.publicKeyFile()));
        type("base-url", WECHAT.baseUrl());
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-test")));
        assertThat(text("providers-wechat-result")).as("WeChat refuses another certificate's serial")
                .startsWith("The settings do not work:").contains("401");

        type("merchant-serial", WechatPayStandIn.MERCHANT_SERIAL);
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-test")));
        assertThat(text("providers-wechat-result")).isEqualTo(
                "The settings work: the provider answered a query, signed with its key.");
        assertThat(providers.named("wechat")).as("tested, not saved").isNull();

        _click(_get(Button.class, spec -> spec.withId("providers-wechat-save")));
        assertThat(text("providers-wechat-status")).isEqualTo("Set up here.");
        PasswordField apiKey = _get(PasswordField.class, spec -> spec.withId("providers-wechat-api-v3-key"));
        assertThat(apiKey.getValue()).as("a secret is never shown again").isEmpty();
        assertThat(apiKey.getPlaceholder()).isEqualTo("Stored: leave empty to keep it");
        assertThat(_get(TextField.class, spec -> spec.withId("providers-wechat-mchid")).getValue())
                .isEqualTo(WechatPayStandIn.MCHID);
        assertThat(stored("wechat", "api-v3-key")).as("sealed at rest").startsWith("v1.")
                .doesNotContain(WECHAT.apiV3Key());
        assertThat(stored("wechat", "private-key")).startsWith("v1.").doesNotContain("PRIVATE KEY");
        assertThat(dataDir.resolve("secret.key")).as("the key outside the database").exists();
        assertThat(text("providers-secret-key")).contains("secret key " + keyId());
        assertThat(audited("PAYMENT_PROVIDER_TESTED")).hasSize(2);
        assertThat(audited("PAYMENT_PROVIDER_SAVED")).singleElement().asString()
                .contains("mchid", "api-v3-key").doesNotContain(WECHAT.apiV3Key());

        aRestrictedOwnerAtAQuietEntrance("Page yearly", "京A10301", "Page owner");
        LaneAnswer refused = traffic.arrive("in-1", plate);
        assertThat(refused.decision()).isEqualTo("DENY");
        assertThat(traffic.gate("in-1").state().display().qrPayload()).as("WeChat's own code_url")
                .startsWith("weixin://wxpay/bizpayurl?pr=");
        WECHAT.pay(refused.orderId());
        awaitBarrierUpWithin(5000);
        assertThat(lastReason()).isEqualTo("PAID_AT_LANE");
    }

    @Test
    void keptSecretsStayWhenOtherSettingsChangeAndWrongKeysAreRefusedInWords() {
        login("admin", Role.ADMIN);
        setup.save("wechat", wechat());
        UI.getCurrent().navigate("payment-providers");
        String sealedBefore = stored("wechat", "api-v3-key");

        paste("public-key", "-----BEGIN PUBLIC KEY-----\nnot a key\n-----END PUBLIC KEY-----");
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-save")));
        assertThat(text("providers-wechat-result"))
                .isEqualTo("WeChat Pay public key (pub_key.pem): not an RSA public key in PEM (BEGIN PUBLIC KEY)."
                        + " Nothing was saved.");
        assertThat(stored("wechat", "public-key")).as("unchanged").contains("BEGIN PUBLIC KEY").doesNotContain("not a key");

        paste("public-key", read(WECHAT.publicKeyFile())); // the right one again; the secrets left empty
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-test")));
        assertThat(text("providers-wechat-result")).as("tested with the stored secrets").startsWith("The settings work");
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-save")));
        assertThat(stored("wechat", "api-v3-key")).as("kept as it was").isEqualTo(sealedBefore);
        assertThat(providers.named("wechat")).isNotNull();
    }

    @Test
    void withBothProvidersThePayerChoosesAndEachLotItsLaneProvider() throws InterruptedException {
        login("admin", Role.ADMIN);
        setup.save("wechat", wechat());
        setup.save("alipay", alipay());
        assertThat(providers.payPages()).as("nobody chose: every provider, WeChat Pay first")
                .containsExactly("wechat", "alipay");
        setup.offer(List.of("wechat", "alipay"), Map.of("P1", "alipay"));
        assertThat(audited("PAYMENT_OFFER_CHANGED")).singleElement().asString().contains("P1=alipay");

        aRestrictedOwnerAtAQuietEntrance("Both yearly", "京A10302", "Both owner");
        traffic.arrive("in-1", plate);
        assertThat(traffic.gate("in-1").state().display().qrPayload()).as("lot P1's lanes use Alipay")
                .startsWith("https://qr.alipay.com/");
        traffic.leave("in-1");

        PaymentOrder atWechat = orders.create(OrderPurpose.ARREARS, owner, null, null, 36000);
        UI.getCurrent().navigate("pay/" + atWechat.token());
        assertThat(_get(Span.class, spec -> spec.withId("pay-amount")).getText()).startsWith("360.00");
        assertThat(atWechat.payUrl()).as("the pay link's first provider").startsWith("weixin://");
        _click(_get(Button.class, spec -> spec.withId("pay-with-alipay")));
        assertThat(_find(Button.class, spec -> spec.withId("pay-with-wechat"))).as("and back again").hasSize(1);
        String switched = jdbc.sql("SELECT id FROM payment_order WHERE owner = ? AND provider = 'alipay' AND lane IS NULL")
                .param(owner).query(String.class).single();
        assertThat(jdbc.sql("SELECT amount FROM payment_order WHERE id = ?").param(switched).query(Long.class).single())
                .isEqualTo(36000);
        assertThat(ALIPAY.notifyUrl(switched)).as("precreated at Alipay").isNotNull();
        assertThat(orderStatus(atWechat.id())).as("a late payment of the first is held, never paid twice")
                .isEqualTo("SUPERSEDED");
        assertThat(WECHAT.calls()).as("closed at WeChat").contains("POST /v3/pay/transactions/out-trade-no/"
                + atWechat.id() + "/close");

        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> setup.remove("alipay")).as("its open order would be lost")
                .isInstanceOfSatisfying(org.parkgate.base.UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.providers.unsettled"));
        assertThat(providers.named("alipay")).isNotNull();
    }

    @Test
    void storedSecretsThatNoLongerOpenLeaveTheirProviderOutAndSaySo() {
        login("admin", Role.ADMIN);
        setup.save("wechat", wechat());
        String sealed = stored("wechat", "api-v3-key");
        jdbc.sql("UPDATE payment_provider_setting SET setting_value = ? WHERE provider = 'wechat' AND name = 'api-v3-key'")
                .param(sealed.substring(0, sealed.length() - 4) + "AAAA").update(); // damaged, say by a bad restore
        setup.save("alipay", alipay()); // the providers are made again

        assertThat(providers.named("wechat")).as("fails closed: no orders it could not verify").isNull();
        assertThat(providers.payPages()).containsExactly("alipay");
        UI.getCurrent().navigate("payment-providers");
        assertThat(text("providers-wechat-problem")).contains("api-v3-key", "cannot be read");

        secret("api-v3-key", WECHAT.apiV3Key()); // entered again: the damaged one is not needed
        _click(_get(Button.class, spec -> spec.withId("providers-wechat-save")));
        assertThat(providers.named("wechat")).as("set up again").isNotNull();
        assertThat(_find(Span.class, spec -> spec.withId("providers-wechat-problem"))).isEmpty();
    }

    @Test
    void onlyAdminsSetUpProviders() {
        login("manager", Role.MANAGER);
        assertThatThrownBy(() -> setup.save("wechat", wechat())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> setup.offer(List.of("sandbox"), Map.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("guard", Role.GUARD);
        assertThatThrownBy(() -> setup.providers()).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_provider_setting").query(Integer.class).single()).isZero();
    }

    private Map<String, String> wechat() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("mchid", WechatPayStandIn.MCHID);
        values.put("appid", WechatPayStandIn.APPID);
        values.put("merchant-serial", WechatPayStandIn.MERCHANT_SERIAL);
        values.put("private-key", read(WECHAT.merchantPrivateKeyFile()));
        values.put("api-v3-key", WECHAT.apiV3Key());
        values.put("public-key-id", WechatPayStandIn.PUBLIC_KEY_ID);
        values.put("public-key", read(WECHAT.publicKeyFile()));
        values.put("base-url", WECHAT.baseUrl());
        return values;
    }

    private static Map<String, String> alipay() {
        return Map.of("app-id", AlipayStandIn.APP_ID, "seller-id", AlipayStandIn.SELLER_ID,
                "private-key", AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate()),
                "alipay-public-key", AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic()),
                "gateway-url", ALIPAY.gateway().toString());
    }

    private void awaitBarrierUpWithin(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until && !List.of(org.parkgate.gate.BarrierState.RISING,
                org.parkgate.gate.BarrierState.OPEN).contains(traffic.gate("in-1").state().barrier())) {
            Thread.sleep(50);
        }
        assertThat(traffic.gate("in-1").state().barrier()).as("no notification: the lane's polling finds the payment")
                .isIn(org.parkgate.gate.BarrierState.RISING, org.parkgate.gate.BarrierState.OPEN);
    }

    private String keyId() {
        return setup.secretKeyId();
    }

    private String stored(String provider, String name) {
        return jdbc.sql("SELECT setting_value FROM payment_provider_setting WHERE provider = ? AND name = ?")
                .params(provider, name).query(String.class).single();
    }

    private List<String> audited(String action) {
        return jdbc.sql("""
                        SELECT COALESCE(subject, '') || ' ' || COALESCE(detail, '') FROM audit_event
                        WHERE action = ? AND id > ? ORDER BY id""")
                .params(action, auditedBefore).query(String.class).list();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private static void type(String setting, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId("providers-wechat-" + setting)), value);
    }

    private static void secret(String setting, String value) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("providers-wechat-" + setting)), value);
    }

    private static void paste(String setting, String value) {
        _setValue(_get(TextArea.class, spec -> spec.withId("providers-wechat-" + setting)), value);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
