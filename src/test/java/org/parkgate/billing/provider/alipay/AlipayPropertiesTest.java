package org.parkgate.billing.provider.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an app id set, every other Alipay setting missing or unreadable stops the start with its name. */
class AlipayPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void theSettingsAreReadFromTheKeyFilesWithTheDefaultGateway() throws IOException {
        AlipaySettings settings = properties(AlipayStandIn.SELLER_ID, privateKey(), publicKey()).settings();
        assertThat(settings.appId()).isEqualTo(AlipayStandIn.APP_ID);
        assertThat(settings.gatewayUrl()).isEqualTo(AlipaySettings.DEFAULT_GATEWAY);
        assertThat(settings.connectTimeout()).isEqualTo(AlipaySettings.DEFAULT_CONNECT_TIMEOUT);
    }

    @Test
    void aMissingOrUnreadableSettingIsNamed() throws IOException {
        assertThatThrownBy(() -> properties("", privateKey(), publicKey()).settings())
                .hasMessageContaining("parkgate.payments.alipay.seller-id");
        assertThatThrownBy(() -> properties(AlipayStandIn.SELLER_ID, "", publicKey()).settings())
                .hasMessageContaining("parkgate.payments.alipay.private-key-file");
        assertThatThrownBy(() -> properties(AlipayStandIn.SELLER_ID, privateKey(), dir.resolve("none.pem").toString())
                .settings()).hasMessageContaining("parkgate.payments.alipay.alipay-public-key-file cannot be read");
        Path notAKey = Files.writeString(dir.resolve("garbage.pem"), "not a key");
        assertThatThrownBy(() -> properties(AlipayStandIn.SELLER_ID, notAKey.toString(), publicKey()).settings())
                .hasMessageContaining("parkgate.payments.alipay.private-key-file is not usable");
        assertThatThrownBy(() -> properties(AlipayStandIn.SELLER_ID, publicKey(), privateKey()).settings())
                .as("the keys swapped").hasMessageContaining("parkgate.payments.alipay.private-key-file");
    }

    private AlipayProperties properties(String sellerId, String privateKeyFile, String publicKeyFile) {
        return new AlipayProperties(AlipayStandIn.APP_ID, sellerId, privateKeyFile, publicKeyFile, null, null, null);
    }

    private String privateKey() throws IOException {
        return Files.writeString(dir.resolve("app_private_key.pem"), AlipayTestKeys.pem(AlipayTestKeys.APP.getPrivate()))
                .toString();
    }

    private String publicKey() throws IOException {
        return Files.writeString(dir.resolve("alipay_public_key.txt"),
                AlipayTestKeys.base64(AlipayTestKeys.ALIPAY.getPublic())).toString();
    }
}
