package org.parkgate.reminder.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.parkgate.base.HmacSignature;
import org.parkgate.reminder.SandboxTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in SMS gateway for the demo ({@code parkgate.reminders.sms.sandbox=true}): it checks the
 * access key and signature like a real one, answers {@code "code":"OK"}, and keeps the last
 * {@link #KEPT} messages in memory for {@code GET /api/v1/sandbox/sms} (device key). Nothing
 * leaves the machine.
 */
@RestController
@ConditionalOnProperty(name = "parkgate.reminders.sms.sandbox", havingValue = "true")
class SandboxSmsGateway implements SandboxTexts {

    static final int KEPT = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A text the sandbox received. */
    record ReceivedSms(String outId, String phone, String content, Instant receivedAt) {
    }

    private final String accessKey;
    private final String secret;
    private final Clock clock;
    private final Deque<ReceivedSms> received = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    SandboxSmsGateway(@Value("${parkgate.reminders.sms.access-key}") String accessKey,
            @Value("${parkgate.reminders.sms.secret}") String secret, Clock clock) {
        this.accessKey = accessKey;
        this.secret = secret;
        this.clock = clock;
    }

    @PostMapping("/api/v1/sandbox/sms")
    ResponseEntity<Map<String, String>> send(@RequestHeader(name = "X-Access-Key", required = false) String key,
            @RequestHeader(name = "X-Signature", required = false) String signature, @RequestBody String body) {
        if (!accessKey.equals(key) || !signed(signature, body)) {
            return ResponseEntity.status(401).body(Map.of("code", "SignatureDoesNotMatch", "message",
                    "access key or signature wrong"));
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(Map.of("code", "InvalidRequest", "message", "not JSON"));
        }
        String phone = request.path("phone").asString("");
        if (!phone.matches("[0-9+]{5,20}")) {
            return ResponseEntity.ok(Map.of("code", "InvalidPhoneNumber", "message", "not a phone number: " + phone));
        }
        synchronized (received) {
            received.addFirst(new ReceivedSms(request.path("outId").asString(""), phone,
                    request.path("content").asString(""), clock.instant()));
            while (received.size() > KEPT) {
                received.removeLast();
            }
        }
        return ResponseEntity.ok(Map.of("code", "OK", "message", "OK", "bizId", "sandbox-" + ids.incrementAndGet()));
    }

    /** Newest first. */
    @GetMapping("/api/v1/sandbox/sms")
    List<ReceivedSms> receivedSms() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public List<Text> received() {
        return receivedSms().stream().map(sms -> new Text(sms.phone(), sms.content(), sms.receivedAt())).toList();
    }

    private boolean signed(String header, String body) {
        if (header == null || !header.startsWith("t=") || !header.contains(",")) {
            return false;
        }
        long t;
        try {
            t = Long.parseLong(header.substring(2, header.indexOf(',')));
        } catch (NumberFormatException e) {
            return false;
        }
        return Math.abs(clock.instant().getEpochSecond() - t) <= 300 && MessageDigest.isEqual(
                HmacSignature.header(secret, t, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
