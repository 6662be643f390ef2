package org.parkgate.reminder.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins for Aliyun's and Tencent's SMS APIs work signatures out the way the providers
 * publish them: each gives the signature of the provider's own worked example.
 */
class StandInSignaturesTest {

    @Test
    void aliyunStandInSignsAliyunsPublishedExample() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Timestamp", "2016-02-23T12:46:24Z");
        params.put("Format", "XML");
        params.put("AccessKeyId", "testid");
        params.put("Action", "DescribeRegions");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        params.put("Version", "2014-05-26");
        params.put("SignatureVersion", "1.0");

        assertThat(AliyunSmsStandIn.signatureOf("GET", params, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void tencentStandInSignsTencentsPublishedExample() {
        String canonicalRequest = "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n"
                + "\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";

        assertThat(TencentSmsStandIn.signatureOf("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", 1551113065L, canonicalRequest))
                .isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }
}
