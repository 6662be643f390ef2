package org.parkgate.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parkgate.base.HmacSignature;
import org.parkgate.base.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through an HTTP gateway in the shape of the common Chinese SMS services: a signed JSON POST
 * with the phone number, the registered signature name, a template id (one per reason, or a
 * default), the template's parameters and the text itself, plus the outbox id as {@code outId}
 * so that the gateway can drop a repeat. The gateway accepts with {@code "code":"OK"}; anything
 * else (another code, an HTTP error, no answer within the time-out) is a failure with its answer.
 * See README, "Reminders", for the exact request.
 */
@Component
class SmsGatewayChannel implements ReminderChannel {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SmsGatewaySettings settings;
    private final Clock clock;
    private final HttpClient client;

    SmsGatewayChannel(SmsGatewaySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return !settings.url().isBlank();
    }

    @Override
    public String deliver(OutgoingMessage message) throws DeliveryFailure {
        if (!configured()) {
            throw new DeliveryFailure("reminders.answer.no-gateway");
        }
        String body = requestBody(message);
        long now = clock.instant().getEpochSecond();
        var request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("X-Access-Key", settings.accessKey())
                .header("X-Signature", HmacSignature.header(settings.secret(), now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure("reminders.answer.timeout|" + settings.timeout().toMillis(), e);
        } catch (IOException e) {
            throw new DeliveryFailure("reminders.answer.unreachable|" + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("reminders.answer.interrupted", e);
        }
        String answer = "HTTP " + response.statusCode() + " " + response.body();
        if (response.statusCode() / 100 != 2 || !"OK".equals(code(response.body()))) {
            throw new DeliveryFailure(answer);
        }
        return answer;
    }

    private String requestBody(OutgoingMessage message) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (message.amount() != null) {
            params.put("amount", Money.yuan(message.amount()));
        }
        if (message.due() != null) {
            params.put("due", message.due().toString());
        }
        if (message.code() != null) {
            params.put("code", message.code());
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("phone", message.recipient());
        request.put("signName", settings.signName());
        request.put("templateId", settings.templateFor(message.reason()));
        request.put("params", params);
        request.put("content", message.body());
        request.put("outId", String.valueOf(message.id()));
        return JSON.writeValueAsString(request);
    }

    private static String code(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.path("code").asString("");
        } catch (JacksonException unreadable) {
            return "";
        }
    }
}
