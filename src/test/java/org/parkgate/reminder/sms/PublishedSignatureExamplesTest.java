package org.parkgate.reminder.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ParkGate's signers and the test stand-ins (which check ParkGate's requests, written apart from
 * the signers) both give the signatures of the providers' own worked examples: Alibaba Cloud's
 * RPC signature documentation (DescribeRegions) and SMS API documentation (SendSms), and Tencent
 * Cloud's API 3.0 signature documentation (TC3-HMAC-SHA256, DescribeInstances).
 */
class PublishedSignatureExamplesTest {

    private static final String TENCENT_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";
    private static final String TENCENT_BODY =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
    private static final String TENCENT_CANONICAL = "POST\n/\n\ncontent-type:application/json; charset=utf-8\n"
            + "host:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
    private static final String TENCENT_SIGNATURE = "72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168";

    @Test
    void aliyunDescribeRegionsExample() {
        Map<String, String> params = params("Timestamp", "2016-02-23T12:46:24Z", "Format", "XML", "AccessKeyId", "testid",
                "Action", "DescribeRegions", "SignatureMethod", "HMAC-SHA1",
                "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "Version", "2014-05-26", "SignatureVersion", "1.0");
        assertThat(AliyunRpcSignature.sign("GET", params, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
        assertThat(AliyunSmsStandIn.signatureOf("GET", params, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void aliyunSendSmsExampleWithChineseSignatureNameAndJsonParameters() {
        Map<String, String> params = params("AccessKeyId", "testId", "Action", "SendSms", "Format", "XML", "OutId", "123",
                "PhoneNumbers", "15300000001", "RegionId", "cn-hangzhou", "SignName", "阿里云短信测试专用",
                "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466",
                "SignatureVersion", "1.0", "TemplateCode", "SMS_71390007", "TemplateParam", "{\"customer\":\"test\"}",
                "Timestamp", "2017-07-12T02:42:19Z", "Version", "2017-05-25");
        assertThat(AliyunRpcSignature.sign("GET", params, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
        assertThat(AliyunSmsStandIn.signatureOf("GET", params, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void aliyunPercentEncodingIsRfc3986() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d/é")).isEqualTo("a%20b%2Ac~d%2F%C3%A9");
    }

    @Test
    void tencentTc3Example() {
        assertThat(TencentTc3Signature.signature(TENCENT_KEY, "cvm", 1551113065L, TENCENT_CANONICAL)).isEqualTo(TENCENT_SIGNATURE);
        assertThat(TencentSmsStandIn.signatureOf(TENCENT_KEY, "cvm", 1551113065L, TENCENT_CANONICAL)).isEqualTo(TENCENT_SIGNATURE);
        assertThat(TencentTc3Signature.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", TENCENT_KEY, "cvm", 1551113065L,
                "cvm.tencentcloudapi.com", TENCENT_BODY))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                        + "SignedHeaders=content-type;host, Signature=" + TENCENT_SIGNATURE);
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
