package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.billing.provider.SandboxSignature;
import org.parkgate.gate.ledscreen.LedFrame;
import org.parkgate.gate.ledscreen.LedScreenReading;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lane LED screens with the packaged jar: a {@code led-serial} screen is the virtual screen
 * ({@code simulate-screen}) at the other end of a socat pty pair, a {@code led-via-camera} screen
 * gets its frames in the Vzenith camera's HTTP answer. A refused debtor is shown and told the
 * plate and the amount, paying (sandbox) turns the screen to the opening text, a screen that
 * stops answering raises the lane's display alarm while the lane goes on deciding.
 */
class LedScreenIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theLanesScreensTellTheDriverWhyAndHowMuchAndAFallenSilentScreenRaisesTheAlarm() {
        Path dir = AppTestSupport.newTempDir("led-screen-");
        try (var cable = new SerialPair(dir)) {
            var screen = JarToolProcess.screen(cable.board, dir.resolve("screen.log"));
            try (var app = RunningJar.start(dir.resolve("data"), Map.of(), "--spring.profiles.active=demo",
                    "--parkgate.lanes[0].id=in-9", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                    "--parkgate.lanes[0].screen.kind=led-serial", "--parkgate.lanes[0].screen.port=" + cable.host,
                    "--parkgate.lanes[1].id=in-8", "--parkgate.lanes[1].lot=P1", "--parkgate.lanes[1].direction=IN",
                    "--parkgate.lanes[1].screen.kind=led-via-camera").awaitStarted()) {
                screen.awaitOutput("0x05", Duration.ofSeconds(10)); // its clock set when the lane starts

                var camera = app.post("/api/v1/cameras/vzenith/in-8?key=" + LaneApiIT.KEY,
                        "{\"AlarmInfoPlate\":{\"result\":{\"PlateResult\":{\"license\":\"京A10004\"}}}}");
                assertThat(camera.statusCode()).isEqualTo(200);
                JsonNode answer = JSON.readTree(camera.body()).path("Response_AlarmInfoPlate");
                assertThat(answer.path("info").asString()).isEqualTo("no");
                var onCamerasScreen = new LedScreenReading(0);
                for (JsonNode serial : answer.path("serialData")) {
                    byte[] bytes = Base64.getDecoder().decode(serial.path("data").asString());
                    assertThat(serial.path("datalen").asInt()).isEqualTo(bytes.length);
                    LedFrame frame = LedFrame.parse(bytes); // throws unless the CRC is right
                    assertThat(onCamerasScreen.receive(frame).acknowledges(frame.command())).as("understood").isTrue();
                }
                assertThat(onCamerasScreen.lines()).startsWith("京A10004", "欠费限行");
                assertThat(onCamerasScreen.lines().get(2)).matches("应缴613\\.50元 已逾期\\d+天");
                assertThat(onCamerasScreen.lines().get(3)).as("the pay page to type, whole (a running line)")
                        .matches("[\\w.-]+:\\d+/pay/[\\w-]{22}");
                assertThat(onCamerasScreen.spoken()).singleElement().asString().as("no code to scan on this screen: the address to open")
                        .contains("京A10004", "613.50", "请用手机打开屏幕上的网址缴费");

                var refused = app.post("/api/v1/sim/lanes/in-9/arrive", "{\"plate\":\"京A10004\"}", "X-Api-Key",
                        LaneApiIT.KEY);
                assertThat(refused.body()).contains("\"decision\":\"DENY\"", "\"orderId\":\"PO");
                screen.awaitOutput("screen: 京A10004 | 欠费限行 | 应缴613.50元 已逾期", Duration.ofSeconds(5));
                assertThat(screen.output()).containsPattern("0x62  screen: 京A10004 .*/pay/\\S+");
                assertThat(screen.output()).containsPattern("says: 京A10004 .*613\\.50");

                String orderId = refused.body().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
                String body = "{\"eventId\":\"evt-led\",\"orderId\":\"" + orderId
                        + "\",\"status\":\"SUCCEEDED\",\"amount\":\"613.50\",\"currency\":\"CNY\"}";
                var notified = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature",
                        SandboxSignature.header("demo-sandbox-secret", Instant.now().getEpochSecond(), body));
                assertThat(notified.body()).contains("APPLIED");
                screen.awaitOutput("screen: 京A10004 | 缴费成功 | 欢迎光临", Duration.ofSeconds(5));
                screen.awaitOutput("says: 缴费成功 欢迎光临", Duration.ofSeconds(5));
                app.post("/api/v1/sim/lanes/in-9/leave", "{}", "X-Api-Key", LaneApiIT.KEY);
                assertThat(app.get("/api/v1/sim/lanes/in-9", "X-Api-Key", LaneApiIT.KEY).body())
                        .contains("\"alarm\":null");

                screen.close(); // the screen's power is off: nobody answers on the line
                SerialPair.pause(6000); // past the camera re-push window of the same plate
                var decided = app.post("/api/v1/sim/lanes/in-9/arrive", "{\"plate\":\"京A10001\"}", "X-Api-Key",
                        LaneApiIT.KEY);
                assertThat(decided.body()).as("the lane decides without its screen").contains("\"decision\":\"OPEN\"");
                awaitAlarm(app, "\"lanes.alarm.screen-silent\"");

                screen = JarToolProcess.screen(cable.board, dir.resolve("screen-2.log")); // power back
                app.post("/api/v1/sim/lanes/in-9/leave", "{}", "X-Api-Key", LaneApiIT.KEY);
                app.post("/api/v1/sim/lanes/in-9/arrive", "{\"plate\":\"京A10006\"}", "X-Api-Key", LaneApiIT.KEY);
                screen.awaitOutput("screen: 京A10006", Duration.ofSeconds(5));
                awaitAlarm(app, "null");
            } finally {
                screen.close();
            }
        }
    }

    /** Waits for in-9's alarm to be {@code alarm} (a JSON value) as the simulator API reports it. */
    private static void awaitAlarm(RunningJar app, String alarm) {
        Instant deadline = Instant.now().plusSeconds(5);
        String lane = "";
        while (Instant.now().isBefore(deadline)) {
            lane = app.get("/api/v1/sim/lanes/in-9", "X-Api-Key", LaneApiIT.KEY).body();
            if (lane.contains("\"alarm\":" + alarm)) {
                return;
            }
            SerialPair.pause(100);
        }
        throw new AssertionError("alarm not " + alarm + " at in-9: " + lane);
    }
}
