package org.parkgate.reminder.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ParkGate's signers give the signatures of the providers' own worked examples: Alibaba Cloud's
 * RPC signature documentation (DescribeRegions) and SMS API documentation (SendSms), and Tencent
 * Cloud's API 3.0 signature documentation (TC3-HMAC-SHA256, DescribeInstances).
 */
class PublishedSignatureExamplesTest {

    @Test
    void aliyunDescribeRegionsExample() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Timestamp", "2016-02-23T12:46:24Z");
        params.put("Format", "XML");
        params.put("AccessKeyId", "testid");
        params.put("Action", "DescribeRegions");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        params.put("Version", "2014-05-26");
        params.put("SignatureVersion", "1.0");
        assertThat(AliyunRpcSignature.sign("GET", params, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void aliyunSendSmsExampleWithChineseSignatureNameAndJsonParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccessKeyId", "testId");
        params.put("Action", "SendSms");
        params.put("Format", "XML");
        params.put("OutId", "123");
        params.put("PhoneNumbers", "15300000001");
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", "阿里云短信测试专用");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", "SMS_71390007");
        params.put("TemplateParam", "{\"customer\":\"test\"}");
        params.put("Timestamp", "2017-07-12T02:42:19Z");
        params.put("Version", "2017-05-25");
        assertThat(AliyunRpcSignature.sign("GET", params, "testSecret")).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
    }

    @Test
    void aliyunPercentEncodingIsRfc3986() {
        assertThat(AliyunRpcSignature.percentEncode("a b*c~d/é")).isEqualTo("a%20b%2Ac~d%2F%C3%A9");
    }

    @Test
    void tencentTc3Example() {
        String canonicalRequest = "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\n"
                + "content-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064";
        assertThat(TencentTc3Signature.signature("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", 1551113065L, canonicalRequest))
                .isEqualTo("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
        String body = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";
        assertThat(TencentTc3Signature.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
                "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "cvm", 1551113065L, "cvm.tencentcloudapi.com", body))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, "
                        + "SignedHeaders=content-type;host, "
                        + "Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168");
    }
}
