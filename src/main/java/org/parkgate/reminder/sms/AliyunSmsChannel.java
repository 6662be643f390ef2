package org.parkgate.reminder.sms;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Texts through Alibaba Cloud SMS ({@code parkgate.reminders.sms.provider=aliyun}): Dysmsapi
 * 2017-05-25 {@code SendSms} as a signed RPC request (POST form, {@link AliyunRpcSignature}) with
 * the number, the signature name, the reason's template code, its parameters by name and the
 * outbox id as {@code OutId}; accepted when the answer's {@code Code} is {@code OK}, whose
 * {@code BizId} is kept. Receipts: {@code QuerySendDetails} by number, BizId and send date
 * (SendStatus 3 delivered, 2 not delivered with its ErrCode, 1 still on its way).
 */
@Component
@ConditionalOnProperty(name = "parkgate.reminders.sms.provider", havingValue = "aliyun")
class AliyunSmsChannel extends SmsChannel implements ReceiptSource {

    static final String VERSION = "2017-05-25";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(SmsHttp.BEIJING);
    private static final Logger log = LoggerFactory.getLogger(AliyunSmsChannel.class);

    AliyunSmsChannel(SmsSettings settings, Clock clock) {
        super(settings, clock);
    }

    @Override
    public boolean configured() {
        return true; // the settings refuse to start without keys and signature
    }

    @Override
    public Handed deliver(OutgoingMessage message) throws DeliveryFailure {
        Map<String, String> params = common("SendSms");
        params.put("PhoneNumbers", mainland(message.recipient()));
        params.put("SignName", settings.signName());
        params.put("TemplateCode", TemplateParams.template(settings, message.reason()));
        Map<String, String> values = TemplateParams.of(message);
        if (!values.isEmpty()) {
            params.put("TemplateParam", SmsHttp.json(values));
        }
        params.put("OutId", String.valueOf(message.id()));
        HttpResponse<String> response = call(params);
        JsonNode answer = SmsHttp.json(response.body());
        if (response.statusCode() / 100 != 2 || !"OK".equals(answer.path("Code").asString(""))) {
            throw new DeliveryFailure(SmsHttp.answer(response));
        }
        String bizId = answer.path("BizId").asString("");
        return new Handed(SmsHttp.answer(response), bizId.isBlank() ? null : bizId);
    }

    @Override
    public List<Receipt> receipts(List<Awaiting> awaiting) {
        List<Receipt> receipts = new ArrayList<>();
        for (Awaiting text : awaiting) {
            try {
                Receipt receipt = query(text);
                if (receipt != null) {
                    receipts.add(receipt);
                }
            } catch (DeliveryFailure e) {
                log.warn("Aliyun SMS: the status of text {} could not be asked for ({}); asked again next round",
                        text.reference(), e.getMessage());
            }
        }
        return receipts;
    }

    private @Nullable Receipt query(Awaiting text) throws DeliveryFailure {
        Map<String, String> params = common("QuerySendDetails");
        params.put("PhoneNumber", mainland(text.phone()));
        params.put("BizId", text.reference());
        params.put("SendDate", SEND_DATE.format(text.sentAt()));
        params.put("PageSize", "10");
        params.put("CurrentPage", "1");
        HttpResponse<String> response = call(params);
        JsonNode answer = SmsHttp.json(response.body());
        if (response.statusCode() / 100 != 2 || !"OK".equals(answer.path("Code").asString(""))) {
            throw new DeliveryFailure(SmsHttp.answer(response));
        }
        for (JsonNode detail : answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO")) {
            int status = detail.path("SendStatus").asInt(0);
            if (status == 3 || status == 2) {
                return new Receipt(text.reference(), status == 3, detail.path("ErrCode").asString(""),
                        SmsHttp.beijingTime(detail.path("ReceiveDate").asString("")));
            }
        }
        return null; // still on its way, or not known yet
    }

    /** Aliyun's common parameters of an action, signed last in {@link #call}. */
    private Map<String, String> common(String action) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", action);
        params.put("Version", VERSION);
        params.put("RegionId", settings.region());
        params.put("Format", "JSON");
        params.put("AccessKeyId", settings.accessKey());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureVersion", "1.0");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("Timestamp", TIMESTAMP.format(clock.instant()));
        return params;
    }

    private HttpResponse<String> call(Map<String, String> params) throws DeliveryFailure {
        params.put("Signature", AliyunRpcSignature.sign("POST", params, settings.secret()));
        return http.send(HttpRequest.newBuilder(URI.create(settings.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(AliyunRpcSignature.form(params), StandardCharsets.UTF_8)));
    }

    /** A mainland number as Aliyun takes it: 11 digits, without +86. */
    private static String mainland(String phone) {
        String digits = phone.strip();
        return digits.startsWith("+86") ? digits.substring(3) : digits;
    }
}
