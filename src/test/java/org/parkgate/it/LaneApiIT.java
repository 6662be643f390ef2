package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lane API over real HTTP against the packaged jar in demo mode: device keys, plate reads
 * decided as the core decides, re-pushes, refusals as problem+json, the simulator API with its
 * barrier moving and the lot's free-space sign, and the Vzenith camera push with the payloads integrators get in simulator/.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LaneApiIT {

    static final String KEY = "demo-device-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static RunningJar app;

    @BeforeAll
    static void start() {
        app = RunningJar.start(AppTestSupport.newTempDir("lanes-"), Map.of(), "--spring.profiles.active=demo")
                .awaitStarted();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void withoutAValidKeyNothingIsDecided() {
        HttpResponse<String> none = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10001\"}");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10001\"}", "X-Api-Key", "wrong")
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aPlateReadIsDecidedAsTheCoreDecidesAndARepushGetsTheSameAnswer() throws IOException {
        JsonNode paid = read("in-1", "{\"plate\":\"京A10001\",\"confidence\":97}");
        assertThat(paid.path("decision").asString()).isEqualTo("OPEN");
        assertThat(paid.path("reason").asString()).isEqualTo("PASS_VALID");
        assertThat(paid.path("amountDue").isNull()).isTrue();
        assertThat(paid.path("payUrl").isNull()).isTrue();
        assertThat(read("in-1", "{\"plate\":\"京A10001\",\"confidence\":97}")).as("re-push").isEqualTo(paid);

        JsonNode debtor = read("in-1", Files.readString(Path.of("simulator/payloads/plate-read.json")));
        assertThat(debtor.path("decision").asString()).isEqualTo("DENY");
        assertThat(debtor.path("reason").asString()).isEqualTo("ARREARS_RESTRICTED");
        assertThat(debtor.path("amountDue").decimalValue()).isEqualByComparingTo("613.50");
        assertThat(debtor.path("currency").asString()).isEqualTo("CNY");
        assertThat(debtor.path("message").asString()).contains("613.50");
        assertThat(debtor.path("passageId").asLong()).isGreaterThan(paid.path("passageId").asLong());
    }

    @Test
    void badInputAndUnknownLanesAreRefusedAsProblems() {
        HttpResponse<String> unknown = app.post("/api/v1/lanes/nowhere/plate-reads", "{\"plate\":\"京A10001\"}",
                "X-Api-Key", KEY);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no lane nowhere.");
        HttpResponse<String> blank = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\" \"}", "X-Api-Key", KEY);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(app.post("/api/v1/lanes/in-1/plate-reads", "{not json", "X-Api-Key", KEY).statusCode())
                .isEqualTo(400);
        assertThat(app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10001\",\"confidence\":300}",
                "X-Api-Key", KEY).statusCode()).isEqualTo(400);
    }

    @Test
    void aSimulatedVehicleIsLetThroughAndTheArmComesDownBehindIt() throws InterruptedException {
        HttpResponse<String> arrived = app.post("/api/v1/sim/lanes/in-1/arrive", "{\"plate\":\"京A10006\"}",
                "X-Api-Key", KEY);
        assertThat(arrived.statusCode()).isEqualTo(200);
        assertThat(tree(arrived.body()).path("reason").asString()).isEqualTo("EXEMPT");
        assertThat(barrier("in-1")).isIn("RISING", "OPEN");
        awaitClosed("in-1");
        JsonNode lane = tree(app.get("/api/v1/sim/lanes/in-1", "X-Api-Key", KEY).body());
        assertThat(lane.path("barrier").asString()).isEqualTo("CLOSED");
        assertThat(lane.path("vehiclePresent").asBoolean()).isFalse();
        assertThat(lane.path("display").get(0).asString()).isEqualTo("京A10006 欢迎光临");
    }

    @Test
    void aVzenithCameraIsAnsweredInItsOwnFormat() throws IOException {
        assertThat(vzenith("out-1", "vzenith-plate-京A10001.json")).isEqualTo("{\"Response_AlarmInfoPlate\":{\"info\":\"ok\"}}");
        assertThat(vzenith("out-1", "vzenith-plate-京A10005.json")).as("suspended: pays at the exit")
                .isEqualTo("{\"Response_AlarmInfoPlate\":{\"info\":\"no\"}}");
        assertThat(vzenith("out-1", "vzenith-heartbeat.json")).isEqualTo("{\"Response_AlarmInfoPlate\":{\"info\":\"no\"}}");
        assertThat(app.post("/api/v1/cameras/vzenith/out-1?key=" + KEY, "{\"something\":1}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theLotsFreeSpaceSignFollowsTheCount() throws InterruptedException {
        Thread.sleep(3_500); // one redraw after the earlier tests' passages: the sign shows the count as it is
        int free = awaitSignFree(-1);
        assertThat(free).isBetween(0, 300);
        assertThat(read("in-1", "{\"plate\":\"沪C54321\",\"confidence\":96}").path("decision").asString())
                .as("a visitor drives in").isEqualTo("OPEN");
        assertThat(awaitSignFree(free)).isEqualTo(free - 1);
        JsonNode sign = tree(app.get("/api/v1/sim/signs/P1", "X-Api-Key", KEY).body());
        assertThat(sign.path("display").get(0).asString()).isEqualTo("1号停车场 Lot P1：空余车位 " + (free - 1) + " 个");
        HttpResponse<String> none = app.get("/api/v1/sim/signs/P9", "X-Api-Key", KEY);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Lot P9 has no simulated free-space sign");
        assertThat(app.get("/api/v1/sim/signs/P1").statusCode()).as("without the key").isEqualTo(401);
    }

    /** The free spaces the sign shows, once it shows a number other than {@code before} (it is redrawn every 3 s). */
    private static int awaitSignFree(int before) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        int free = -1;
        while (Instant.now().isBefore(deadline)) {
            JsonNode display = tree(app.get("/api/v1/sim/signs/P1", "X-Api-Key", KEY).body()).path("display");
            Matcher number = Pattern.compile(": (\\d+) free spaces")
                    .matcher(display.path(1).asString());
            free = number.find() ? Integer.parseInt(number.group(1)) : -1;
            if (free >= 0 && free != before) {
                return free;
            }
            Thread.sleep(200);
        }
        return free;
    }

    /** Last: it pays 京A10004's arrears, which the other tests expect unpaid. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void payingOnThePhoneOpensTheBarrierWithinASecond() throws InterruptedException {
        awaitClosed("in-1"); // an earlier test's camera read may still have the arm moving
        JsonNode refused = tree(app.post("/api/v1/sim/lanes/in-1/arrive", "{\"plate\":\"京A10004\"}", "X-Api-Key", KEY)
                .body());
        assertThat(refused.path("decision").asString()).isEqualTo("DENY");
        String orderId = refused.path("orderId").asString();
        String payUrl = refused.path("payUrl").asString();
        assertThat(payUrl).contains("/pay/");
        HttpResponse<String> payPage = app.get(payUrl.substring(payUrl.indexOf("/pay/")));
        assertThat(payPage.statusCode()).as("the pay page is for anyone with the link").isEqualTo(200);
        assertThat(tree(app.get("/api/v1/sim/lanes/in-1", "X-Api-Key", KEY).body()).path("qr").asString())
                .isEqualTo(refused.path("payUrl").asString());

        String body = "{\"eventId\":\"evt-1\",\"orderId\":\"" + orderId + "\",\"status\":\"SUCCEEDED\",\"amount\":\""
                + refused.path("amountDue").decimalValue().toPlainString() + "\",\"currency\":\"CNY\"}";
        String forged = org.parkgate.billing.provider.SandboxSignature.header("guess", Instant.now().getEpochSecond(), body);
        assertThat(app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature", forged).statusCode())
                .isEqualTo(401);
        Thread.sleep(500);
        assertThat(barrier("in-1")).as("a forged notification opens nothing; lane: "
                + app.get("/api/v1/sim/lanes/in-1", "X-Api-Key", KEY).body()).isEqualTo("CLOSED");

        String signature = org.parkgate.billing.provider.SandboxSignature.header("demo-sandbox-secret",
                Instant.now().getEpochSecond(), body);
        Instant sent = Instant.now();
        HttpResponse<String> applied = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature", signature);
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(applied.body()).contains("APPLIED");
        while (barrier("in-1").equals("CLOSED") && Duration.between(sent, Instant.now()).toMillis() < 1000) {
            Thread.sleep(20);
        }
        assertThat(barrier("in-1")).as("within a second of the notification").isIn("RISING", "OPEN");
        HttpResponse<String> again = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature", signature);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("DUPLICATE");
    }

    private static String vzenith(String lane, String payload) throws IOException {
        HttpResponse<String> answer = app.post("/api/v1/cameras/vzenith/" + lane + "?key=" + KEY,
                Files.readString(Path.of("simulator/payloads/" + payload), StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode read(String lane, String body) {
        HttpResponse<String> answer = app.post("/api/v1/lanes/" + lane + "/plate-reads", body, "X-Api-Key", KEY);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return tree(answer.body());
    }

    private static void awaitClosed(String lane) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!barrier(lane).equals("CLOSED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static String barrier(String lane) {
        return tree(app.get("/api/v1/sim/lanes/" + lane, "X-Api-Key", KEY).body()).path("barrier").asString();
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
