package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.billing.provider.SandboxSignature;

/**
 * A seeded, bounded fuzz of the device API of the packaged jar (plate reads, the Vzenith push, the
 * simulator, payment notifications): every request either acts and answers 2xx JSON, or acts not
 * at all and answers 4xx problem+json; never a 5xx, never a redirect or a page. What acted is
 * counted from the answers and compared with the database afterwards: no passage, no opening and
 * no order for a refused request.
 */
class ApiFuzzIT {

    static final long SEED = 20261201L;
    static final int REQUESTS = 3000;
    static final String KEY = "demo-device-key";
    private static final Pattern PASSAGE = Pattern.compile("\"passageId\":(\\d+)");
    private static final Pattern ORDER = Pattern.compile("\"orderId\":\"([^\"]+)\"");

    private final Random random = new Random(SEED);
    private int plates;

    @Test
    void everyRefusedRequestActedNotAtAllAndEveryAnswerIsJson() throws Exception {
        Path dataDir = AppTestSupport.newTempDir("fuzz-");
        Set<Long> passages = new HashSet<>();
        Set<String> orders = new HashSet<>();
        int openings = 0;
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        // wrong keys are part of the fuzz: the address limit (tested in FailClosedIT) would stop it early
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo",
                "--parkgate.api.wrong-keys-per-address=1000000").awaitStarted()) {
            for (int i = 0; i < REQUESTS; i++) {
                Request request = next();
                RawHttp.Answer answer = RawHttp.send(app.port, request.method, request.target, request.headers,
                        request.body);
                String seen = i + " " + request + " -> " + answer.status() + " " + answer.header("Content-Type");
                if (answer.status() >= 500 || answer.status() < 200 || (answer.status() >= 300 && answer.status() < 400)) {
                    wrong.add(seen);
                } else if (answer.status() >= 400) {
                    refused++;
                    if (!answer.problemJson()) {
                        wrong.add(seen + " (not problem+json)");
                    }
                } else {
                    String type = answer.header("Content-Type");
                    if (type == null || !type.startsWith("application/json")) {
                        wrong.add(seen + " (2xx not JSON)");
                    }
                    Matcher passage = PASSAGE.matcher(answer.body());
                    if (passage.find()) {
                        passages.add(Long.parseLong(passage.group(1)));
                    }
                    Matcher order = ORDER.matcher(answer.body());
                    if (order.find()) {
                        orders.add(order.group(1));
                    }
                    if (answer.body().contains("\"decision\":\"OPEN\"") || answer.body().contains("\"info\":\"ok\"")) {
                        openings++;
                    }
                    if (request.vzenithPlate && !answer.body().contains("\"info\"")) {
                        wrong.add(seen + " (no camera answer)");
                    }
                }
                if (request.vzenithPlate && answer.status() == 200) {
                    passages.add(-1L - i); // the push answers no passage id; one was stored all the same
                }
            }
            assertThat(app.stop()).isIn(0, 143);
        }
        System.out.println("Fuzz: " + REQUESTS + " requests (seed " + SEED + "), " + refused + " refused, "
                + passages.size() + " passages, " + openings + " openings, " + orders.size() + " orders");
        assertThat(wrong).as("answers that break the API's promise").isEmpty();
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM passage")).as("passages: only acted requests")
                .isEqualTo(passages.size());
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM passage WHERE opened"))
                .as("openings: only those answered OPEN").isEqualTo(openings);
        assertThat(FailClosedIT.count(dataDir, "SELECT COUNT(*) FROM payment_order"))
                .as("orders: only those answered").isEqualTo(orders.size());
    }

    private record Request(String method, String target, String headers, byte[] body, boolean vzenithPlate) {
        @Override
        public String toString() {
            return method + " " + target.replace("\r", "\\r").replace("\n", "\\n") + " ["
                    + headers.replace("\r\n", "; ") + "] " + (body == null ? "-" : body.length + " bytes");
        }
    }

    /** Half the requests are as a camera or provider sends them, half are mutated. */
    private Request next() {
        boolean clean = random.nextBoolean();
        int endpoint = random.nextInt(5);
        String lane = pick("in-1", "in-1", "out-1", "nowhere");
        String method = random.nextInt(10) < 8 ? "POST" : pick("GET", "PUT", "DELETE");
        String uniquePlate = "京" + "ABCDEFGH".charAt(random.nextInt(8)) + String.format("%05d", ++plates);
        String plate = random.nextInt(10) < 7 ? uniquePlate : pick("", "x", "京A1234567890123456789", "京A10004",
                "\u0000\u0001", "京A1000" + "4".repeat(40));
        String path;
        String body;
        boolean vzenith = false;
        switch (endpoint) {
            case 0, 1 -> {
                path = "/api/v1/lanes/" + lane + "/plate-reads";
                body = pick("{\"plate\":\"" + plate + "\"}", "{\"plate\":\"" + plate + "\",\"confidence\":" + pick("97",
                        "-1", "101", "\"x\"", "1e9") + "}", "{\"plate\":\"" + plate + "\",\"capturedAt\":\""
                        + pick("2026-12-01T00:00:00Z", "+100000-01-01T00:00:00Z", "yesterday") + "\"}", "{}",
                        "{not json", "[]", "{\"plate\":" + random.nextInt() + "}", "null", "");
            }
            case 2 -> {
                path = "/api/v1/cameras/vzenith/" + (lane.equals("out-1") ? "in-1" : lane);
                vzenith = true;
                body = pick("{\"AlarmInfoPlate\":{\"result\":{\"PlateResult\":{\"license\":\"" + plate
                                + "\",\"confidence\":96,\"timeStamp\":{\"Timeval\":{\"sec\":" + pick("1732780800",
                                "10000000000000000", "-5", "\"x\"") + "}}}}}}",
                        "{\"AlarmInfoPlate\":{\"heartbeat\":1}}", "{\"AlarmInfoPlate\":[]}", "{}", "{\"AlarmInfoPlate\":");
            }
            case 3 -> {
                path = "/api/v1/sim/lanes/" + lane + "/arrive";
                body = pick("{\"plate\":\"" + plate + "\"}", "{}", "x", "{\"plate\":null}");
            }
            default -> {
                path = "/api/v1/payments/notify/" + pick("sandbox", "sandbox", "wechat");
                body = notification();
            }
        }
        if (clean) {
            method = "POST";
            if (endpoint != 4) {
                body = switch (endpoint) {
                    case 2 -> "{\"AlarmInfoPlate\":{\"result\":{\"PlateResult\":{\"license\":\"" + uniquePlate
                            + "\",\"confidence\":96}}}}";
                    default -> "{\"plate\":\"" + uniquePlate + "\"}";
                };
                plate = uniquePlate;
            }
        } else {
            path = mutate(path);
        }
        String contentType = clean ? "application/json" : pick("application/json", "application/json", "*/*",
                "text/plain", "application/xml", "application/json; charset=gbk", null);
        String accept = clean ? pick(null, "application/json", "*/*") : pick(null, null, "application/json",
                "text/html", "application/xml", "*/*", "application/json;q=0", "image/*");
        String key = clean ? pick("header", "query") : pick("header", "header", "query", "wrong", "none");
        StringBuilder headers = new StringBuilder();
        if (contentType != null) {
            headers.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (accept != null) {
            headers.append("Accept: ").append(accept).append("\r\n");
        }
        if (key.equals("header")) {
            headers.append("X-Api-Key: ").append(KEY).append("\r\n");
        } else if (key.equals("wrong")) {
            headers.append("X-Api-Key: wrong-key\r\n");
        } else if (key.equals("query")) {
            path = path + (path.contains("?") ? "&" : "?") + "key=" + KEY;
        }
        if (endpoint == 4) {
            String signature = random.nextInt(4) == 0 ? "t=1,v1=00"
                    : SandboxSignature.header("demo-sandbox-secret", Instant.now().getEpochSecond(), body);
            headers.append("X-ParkGate-Signature: ").append(signature).append("\r\n");
        }
        if (!clean && random.nextInt(60) == 0) {
            headers.append("X-Padding: ").append("p".repeat(10_000)).append("\r\n"); // over Tomcat's header limit
        }
        byte[] bytes = !clean && random.nextInt(80) == 0 ? ("{\"plate\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8)
                : body.getBytes(StandardCharsets.UTF_8);
        return new Request(method, path, headers.toString(), method.equals("GET") ? null : bytes,
                vzenith && body.contains("license") && !plate.isBlank());
    }

    private String notification() {
        String orderId = pick("PO1", "PO" + "X".repeat(30), "PO" + "X".repeat(70), "");
        String eventId = pick("evt-" + random.nextInt(1000), "e".repeat(80), "");
        return pick("{\"eventId\":\"" + eventId + "\",\"orderId\":\"" + orderId + "\",\"status\":\""
                + pick("SUCCEEDED", "FAILED", "WHATEVER") + "\",\"amount\":\"" + pick("613.50", "-1", "x", "1e99")
                + "\",\"currency\":\"CNY\"}", "{}", "not json", "");
    }

    private String mutate(String path) {
        return switch (random.nextInt(12)) {
            case 0 -> path + "/";
            case 1 -> path.replace("/lanes/", "/lanes/%2e%2e/").replace("/vzenith/", "/vzenith/%2e%2e/");
            case 2 -> path.replace("in-1", "in-1;x=y");
            case 3 -> path.replace("in-1", "in%0d%0a-1");
            case 4 -> path.replace("/api/", "/api//");
            case 5 -> path.replace("in-1", "in%zz1");
            case 6 -> path.replace("in-1", "l".repeat(300));
            default -> path;
        };
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
