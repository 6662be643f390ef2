package org.parkgate.reminder.sms;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.reminder.OutgoingMessage;
import org.parkgate.reminder.Receipt;
import org.parkgate.reminder.ReceiptSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Texts through Tencent Cloud SMS ({@code parkgate.reminders.sms.provider=tencent}): API 3.0
 * {@code SendSms} (version 2021-01-11), a JSON POST signed with TC3-HMAC-SHA256
 * ({@link TencentTc3Signature}) with the number in E.164 (+86...), the SmsSdkAppId, the signature
 * name, the reason's template id and its parameters in order, and the outbox id as
 * {@code SessionContext}; accepted when the number's {@code Code} is {@code Ok}, whose
 * {@code SerialNo} is kept. Receipts: {@code PullSmsSendStatus}, which hands out each report once.
 */
@Component
@ConditionalOnProperty(name = "parkgate.reminders.sms.provider", havingValue = "tencent")
class TencentSmsChannel extends SmsChannel implements ReceiptSource {

    static final String VERSION = "2021-01-11";
    /** The most reports one pull returns, and the most pulls in one round. */
    private static final int PULL_LIMIT = 100;
    private static final int PULLS_PER_ROUND = 10;
    private static final Logger log = LoggerFactory.getLogger(TencentSmsChannel.class);

    TencentSmsChannel(SmsSettings settings, Clock clock) {
        super(settings, clock);
    }

    @Override
    public boolean configured() {
        return true; // the settings refuse to start without keys, signature and app id
    }

    @Override
    public Handed deliver(OutgoingMessage message) throws DeliveryFailure {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("PhoneNumberSet", List.of(e164(message.recipient())));
        request.put("SmsSdkAppId", settings.appId());
        request.put("SignName", settings.signName());
        request.put("TemplateId", TemplateParams.template(settings, message.reason()));
        request.put("TemplateParamSet", TemplateParams.inOrder(message));
        request.put("SessionContext", String.valueOf(message.id()));
        HttpResponse<String> response = call("SendSms", request);
        JsonNode status = SmsHttp.json(response.body()).path("Response").path("SendStatusSet").path(0);
        if (response.statusCode() / 100 != 2 || !"Ok".equals(status.path("Code").asString(""))) {
            throw new DeliveryFailure(SmsHttp.answer(response));
        }
        String serialNo = status.path("SerialNo").asString("");
        return new Handed(SmsHttp.answer(response), serialNo.isBlank() ? null : serialNo);
    }

    @Override
    public List<Receipt> receipts(List<Awaiting> awaiting) {
        List<Receipt> receipts = new ArrayList<>();
        if (awaiting.isEmpty()) {
            return receipts; // nothing to wait for: the reports stay with Tencent Cloud
        }
        try {
            for (int pull = 0; pull < PULLS_PER_ROUND; pull++) {
                HttpResponse<String> response = call("PullSmsSendStatus",
                        Map.of("Limit", PULL_LIMIT, "SmsSdkAppId", settings.appId()));
                JsonNode answer = SmsHttp.json(response.body()).path("Response");
                if (response.statusCode() / 100 != 2 || answer.has("Error")) {
                    throw new DeliveryFailure(SmsHttp.answer(response));
                }
                JsonNode reports = answer.path("PullSmsSendStatusSet");
                for (JsonNode report : reports) {
                    receipts.add(new Receipt(report.path("SerialNo").asString(""),
                            "SUCCESS".equals(report.path("ReportStatus").asString("")),
                            report.path("Description").asString(""),
                            receivedAt(report.path("UserReceiveTime"))));
                }
                if (reports.size() < PULL_LIMIT) {
                    break;
                }
            }
        } catch (DeliveryFailure e) {
            log.warn("Tencent Cloud SMS: the delivery reports could not be pulled ({}); pulled again next round",
                    e.getMessage());
        }
        return receipts;
    }

    private HttpResponse<String> call(String action, Map<String, Object> request) throws DeliveryFailure {
        String body = SmsHttp.json(request);
        URI endpoint = URI.create(settings.endpoint());
        String host = endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
        long timestamp = clock.instant().getEpochSecond();
        return http.send(HttpRequest.newBuilder(endpoint)
                .header("Authorization", TencentTc3Signature.authorization(settings.accessKey(), settings.secret(),
                        "sms", timestamp, host, body))
                .header("Content-Type", TencentTc3Signature.CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Timestamp", String.valueOf(timestamp))
                .header("X-TC-Version", VERSION)
                .header("X-TC-Region", settings.region())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** UNIX seconds in API 2021-01-11; the older "yyyy-MM-dd HH:mm:ss" (Beijing time) is read too. */
    private static @Nullable Instant receivedAt(JsonNode time) {
        if (time.isNumber()) {
            return time.asLong() > 0 ? Instant.ofEpochSecond(time.asLong()) : null;
        }
        return SmsHttp.beijingTime(time.asString(""));
    }

    /** A number as Tencent Cloud takes it: E.164, mainland numbers with +86. */
    private static String e164(String phone) {
        String digits = phone.strip();
        if (digits.startsWith("+")) {
            return digits;
        }
        return digits.startsWith("86") && digits.length() == 13 ? "+" + digits : "+86" + digits;
    }
}
