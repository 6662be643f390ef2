package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import org.parkgate.billing.provider.InvalidProviderSettingsException;
import org.junit.jupiter.api.Test;

/** An office's Alipay settings: valid or refused naming the bad field, and never shown with their keys. */
class AlipaySettingsTest {

    private static final String PRIVATE_KEY = AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate());
    private static final String PUBLIC_KEY = AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic());

    private static AlipaySettings valid() {
        return AlipaySettings.of("2021001144680325", "2088031940831575", PRIVATE_KEY, PUBLIC_KEY);
    }

    private static String badField(Runnable building) {
        InvalidProviderSettingsException refused = catchThrowableOfType(InvalidProviderSettingsException.class,
                building::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).doesNotContain(PRIVATE_KEY.substring(40, 80), PUBLIC_KEY.substring(40, 80));
        return refused.setting();
    }

    @Test
    void validSettingsUseAlipaysGatewayAndShortTimeouts() {
        AlipaySettings settings = valid();

        assertThat(settings.gatewayUrl()).isEqualTo(URI.create("https://openapi.alipay.com/gateway.do"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.withGateway(URI.create("https://openapi-sandbox.dl.alipaydev.com/gateway.do")).gatewayUrl())
                .hasHost("openapi-sandbox.dl.alipaydev.com");
    }

    @Test
    void theKeysNeverShowInText() {
        String text = valid().toString();

        assertThat(text).contains("2021001144680325", "2088031940831575", "(hidden)")
                .doesNotContain(PRIVATE_KEY.substring(40, 80)).doesNotContain(PUBLIC_KEY.substring(40, 80));
    }

    @Test
    void eachBadValueNamesItsField() {
        assertThat(badField(() -> AlipaySettings.of(" ", "2088031940831575", PRIVATE_KEY, PUBLIC_KEY))).isEqualTo("app-id");
        assertThat(badField(() -> AlipaySettings.of("app-2021", "2088031940831575", PRIVATE_KEY, PUBLIC_KEY)))
                .isEqualTo("app-id");
        assertThat(badField(() -> AlipaySettings.of("2021001144680325", "1088031940831575", PRIVATE_KEY, PUBLIC_KEY)))
                .isEqualTo("seller-id");
        assertThat(badField(() -> AlipaySettings.of("2021001144680325", "2088031940831575", PUBLIC_KEY, PUBLIC_KEY)))
                .as("Alipay's public key pasted as the app's private key").isEqualTo("private-key");
        assertThat(badField(() -> AlipaySettings.of("2021001144680325", "2088031940831575", PRIVATE_KEY, PRIVATE_KEY)))
                .as("the private key pasted as Alipay's public key").isEqualTo("alipay-public-key");
        assertThat(badField(() -> AlipaySettings.of("2021001144680325", "2088031940831575", PRIVATE_KEY, "")))
                .isEqualTo("alipay-public-key");
        assertThat(badField(() -> valid().withGateway(URI.create("http://openapi.alipay.com/gateway.do"))))
                .as("plain http leaves this machine").isEqualTo("gateway-url");
        assertThat(badField(() -> valid().withGateway(URI.create("gateway.do")))).isEqualTo("gateway-url");
        assertThat(badField(() -> valid().withGateway(URI.create("https://openapi.alipay.com/gateway.do?charset=utf-8"))))
                .isEqualTo("gateway-url");
        assertThat(badField(() -> valid().withTimeouts(Duration.ZERO, Duration.ofSeconds(5)))).isEqualTo("connect-timeout");
        assertThat(badField(() -> valid().withTimeouts(Duration.ofSeconds(3), Duration.ofMinutes(5))))
                .isEqualTo("read-timeout");
    }

    @Test
    void plainHttpIsAllowedToThisMachineOnly() {
        assertThat(valid().withGateway(URI.create("http://127.0.0.1:8099/gateway.do")).gatewayUrl().getPort())
                .isEqualTo(8099);
        assertThat(valid().withGateway(URI.create("http://localhost:8099/gateway.do")).gatewayUrl().getHost())
                .isEqualTo("localhost");
    }
}
