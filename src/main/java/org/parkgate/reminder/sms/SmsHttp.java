package org.parkgate.reminder.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.parkgate.reminder.ReminderChannel.DeliveryFailure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP client every SMS channel calls its provider with: HTTP/1.1, the configured time-out
 * on connecting and on the answer, and the failures the delivery log shows in words (no answer
 * in time, not reachable, interrupted); and how the providers' answers are read (JSON, times in
 * Beijing time).
 */
final class SmsHttp {

    private final HttpClient client;
    private final Duration timeout;

    SmsHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws DeliveryFailure {
        try {
            return client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure("reminders.answer.timeout|" + timeout.toMillis(), e);
        } catch (IOException e) {
            throw new DeliveryFailure("reminders.answer.unreachable|" + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("reminders.answer.interrupted", e);
        }
    }

    /** The zone of the mainland providers' local times ("2026-12-03 10:00:05"). */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer's JSON; an empty object when it is none (an HTML error page, say). */
    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException unreadable) {
            return JSON.createObjectNode();
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A provider's "yyyy-MM-dd HH:mm:ss" in Beijing time; null when empty or unreadable. */
    static @Nullable Instant beijingTime(String time) {
        try {
            return time.isBlank() ? null : LocalDateTime.parse(time, LOCAL_TIME).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** How the delivery log keeps an answer: its HTTP status and body. */
    static String answer(HttpResponse<String> response) {
        return "HTTP " + response.statusCode() + " " + response.body();
    }
}
