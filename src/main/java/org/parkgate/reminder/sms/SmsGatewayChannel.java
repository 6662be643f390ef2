package org.parkgate.reminder.sms;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkgate.base.HmacSignature;
import org.parkgate.reminder.OutgoingMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway in the shape of the common Chinese SMS services
 * ({@code parkgate.reminders.sms.provider=gateway}, the default): a signed JSON POST with the
 * phone number, the registered signature name, a template id (one per reason, or a default), the
 * template's parameters and the text itself, plus the outbox id as {@code outId} so that the
 * gateway can drop a repeat. The gateway accepts with {@code "code":"OK"}; anything else (another
 * code, an HTTP error, no answer within the time-out) is a failure with its answer. See README,
 * "Reminders", for the exact request.
 */
@Component
@ConditionalOnProperty(name = "parkgate.reminders.sms.provider", havingValue = "gateway", matchIfMissing = true)
class SmsGatewayChannel extends SmsChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    SmsGatewayChannel(SmsSettings settings, Clock clock) {
        super(settings, clock);
    }

    @Override
    public boolean configured() {
        return !settings.url().isBlank();
    }

    @Override
    public Handed deliver(OutgoingMessage message) throws DeliveryFailure {
        if (!configured()) {
            throw new DeliveryFailure("reminders.answer.no-gateway");
        }
        String body = requestBody(message);
        long now = clock.instant().getEpochSecond();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.url()))
                .header("Content-Type", "application/json")
                .header("X-Access-Key", settings.accessKey())
                .header("X-Signature", HmacSignature.header(settings.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        String answer = SmsHttp.answer(response);
        if (response.statusCode() / 100 != 2 || !"OK".equals(code(response.body()))) {
            throw new DeliveryFailure(answer);
        }
        return Handed.answer(answer);
    }

    private String requestBody(OutgoingMessage message) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("phone", message.recipient());
        request.put("signName", settings.signName());
        request.put("templateId", settings.templateFor(message.reason()));
        request.put("params", TemplateParams.of(message));
        request.put("content", message.body());
        request.put("outId", String.valueOf(message.id()));
        return JSON.writeValueAsString(request);
    }

    private static String code(String body) {
        try {
            return JSON.readTree(body).path("code").asString("");
        } catch (JacksonException unreadable) {
            return "";
        }
    }
}
