package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.gate.BarrierState;
import org.parkgate.gate.GateHealth;
import org.parkgate.gate.ModbusSettings;
import org.parkgate.gate.modbus.ModbusGate;
import org.parkgate.gate.modbus.ModbusGateProvider;

/**
 * The Modbus RTU adapter against the virtual relay board over a real serial line (a socat pty
 * pair): the open pulse raises the arm, a pulled cable puts the lane OFFLINE, and it comes back by
 * itself; then ParkGate itself, with a MODBUS lane, opens the board's barrier for a paid plate.
 */
class ModbusGateIT {

    @Test
    void theAdapterDrivesTheBoardAndSurvivesAPulledCable() {
        Path dir = AppTestSupport.newTempDir("serial-");
        try (var cable = new SerialPair(dir); var provider = new ModbusGateProvider()) {
            var board = JarToolProcess.board(cable.board, dir.resolve("board.log"));
            try {
                ModbusGate gate = provider.open("test-lane",
                        new ModbusSettings(cable.host.toString(), 9600, 1, 0, 1, 0, 1, 300, 6000));
                await("online and closed", () -> gate.state().health() == GateHealth.ONLINE
                        && gate.state().barrier() == BarrierState.CLOSED, 10);

                assertThat(gate.openBarrier(Duration.ofSeconds(2))).as("the board took it").isTrue();
                await("arm up", () -> gate.state().barrier() == BarrierState.OPEN, 10);
                assertThat(board.output()).contains("coil 0 (open contact) ON", "coil 0 (open contact) OFF", "arm: up");
                board.type("car");
                await("vehicle seen on the loop", () -> gate.state().vehiclePresent(), 5);
                board.type("gone");
                await("arm down behind it", () -> gate.state().barrier() == BarrierState.CLOSED
                        && !gate.state().vehiclePresent(), 10);

                cable.pullOut();
                await("lane offline", () -> gate.state().health() == GateHealth.OFFLINE, 15);
                assertThat(gate.state().alarm()).isEqualTo(ModbusGate.ALARM_OFFLINE);
                board.close();

                cable.plugIn();
                board = JarToolProcess.board(cable.board, dir.resolve("board-2.log"));
                await("back online by itself", () -> gate.state().health() == GateHealth.ONLINE, 20);
                assertThat(gate.state().alarm()).isNull();
                assertThat(gate.openBarrier(Duration.ofSeconds(2))).as("the board took it").isTrue();
                await("opens again", () -> gate.state().barrier() == BarrierState.OPEN, 10);
                gate.close();
            } finally {
                board.close();
            }
        }
    }

    /**
     * The line stays up but the board falls silent (no power, a broken pair): the lane is OFFLINE
     * within 3 s, open commands meanwhile are refused in time rather than queued, and the board
     * that answers again gets no late pulse, only the next vehicle's.
     */
    @Test
    void aSilentBoardIsOfflineQuicklyAndGetsNoLatePulses() {
        Path dir = AppTestSupport.newTempDir("serial-silent-");
        try (var cable = new SerialPair(dir); var provider = new ModbusGateProvider()) {
            var board = JarToolProcess.board(cable.board, dir.resolve("board.log"));
            ModbusGate gate = provider.open("silent-lane",
                    new ModbusSettings(cable.host.toString(), 9600, 1, 0, 1, 0, 1, 300, 6000));
            try {
                await("online", () -> gate.state().health() == GateHealth.ONLINE
                        && gate.state().barrier() == BarrierState.CLOSED, 10);
                board.close(); // the line is still there; nobody answers on it
                Instant silent = Instant.now();
                await("lane offline", () -> gate.state().health() == GateHealth.OFFLINE, 3);
                System.out.println("Silent board: OFFLINE after " + Duration.between(silent, Instant.now()).toMillis()
                        + " ms");
                for (int vehicle = 0; vehicle < 5; vehicle++) {
                    Instant asked = Instant.now();
                    assertThat(gate.openBarrier(Duration.ofSeconds(2))).as("no board to take it").isFalse();
                    assertThat(Duration.between(asked, Instant.now())).as("refused in time")
                            .isLessThan(Duration.ofSeconds(4));
                }

                board = JarToolProcess.board(cable.board, dir.resolve("board-2.log"));
                Instant back = Instant.now();
                await("back online", () -> gate.state().health() == GateHealth.ONLINE, 2);
                System.out.println("Silent board: ONLINE again " + Duration.between(back, Instant.now()).toMillis()
                        + " ms after it answered");
                SerialPair.pause(3000);
                assertThat(board.output()).as("no late pulse for the five vehicles refused")
                        .doesNotContain("coil 0 (open contact) ON");
                assertThat(gate.openBarrier(Duration.ofSeconds(2))).as("the next vehicle's").isTrue();
                board.awaitOutput("arm: up", Duration.ofSeconds(10));
                assertThat(board.output().split("coil 0 \\(open contact\\) ON", -1)).as("one pulse").hasSize(2);
            } finally {
                gate.close();
                board.close();
            }
        }
    }

    @Test
    void aLaneWhoseBoardIsSilentNeverAnswersOpenAndRecordsTheReadAsNotOpened() throws Exception {
        Path dir = AppTestSupport.newTempDir("serial-lane-silent-");
        try (var cable = new SerialPair(dir)) {
            var board = JarToolProcess.board(cable.board, dir.resolve("board.log"));
            try (var app = RunningJar.start(dir.resolve("data"), Map.of(), "--spring.profiles.active=demo",
                    "--parkgate.lanes[0].id=in-9", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                    "--parkgate.lanes[0].adapter=MODBUS", "--parkgate.lanes[0].modbus.port=" + cable.host)
                    .awaitStarted()) {
                board.close(); // the line stays up, nobody answers on it
                SerialPair.pause(3000);
                assertThat(app.get("/actuator/health").body()).as("a supervisor sees the lane in trouble")
                        .contains("\"status\":\"DEGRADED\"", "\"lanes\":{\"status\":\"DEGRADED\"}");
                var silent = app.post("/api/v1/lanes/in-9/plate-reads", "{\"plate\":\"京A10001\"}", "X-Api-Key",
                        LaneApiIT.KEY);
                assertThat(silent.body()).contains("\"decision\":\"NOT_OPENED\"", "\"reason\":\"PASS_VALID\"",
                        "道闸未能打开");
                var camera = app.post("/api/v1/cameras/vzenith/in-9?key=" + LaneApiIT.KEY,
                        "{\"AlarmInfoPlate\":{\"result\":{\"PlateResult\":{\"license\":\"京A10006\"}}}}");
                assertThat(camera.body()).as("the camera's own relay stays shut too").contains("\"info\":\"no\"");

                board = JarToolProcess.board(cable.board, dir.resolve("board-2.log"));
                SerialPair.pause(3000);
                assertThat(board.output()).as("no late pulse").doesNotContain("coil 0 (open contact) ON");
                SerialPair.pause(2500); // past the re-push window
                var again = app.post("/api/v1/lanes/in-9/plate-reads", "{\"plate\":\"京A10001\"}", "X-Api-Key",
                        LaneApiIT.KEY);
                assertThat(again.body()).contains("\"decision\":\"OPEN\"");
                board.awaitOutput("coil 0 (open contact) ON", Duration.ofSeconds(5));
                assertThat(app.stop()).isIn(0, 143);
            } finally {
                board.close();
            }
            assertThat(FailClosedIT.count(dir.resolve("data"), "SELECT COUNT(*) FROM passage WHERE lane = 'in-9' "
                    + "AND NOT opened AND note LIKE 'barrier not commanded%'"))
                    .as("both reads recorded as not opened").isEqualTo(2);
            assertThat(FailClosedIT.count(dir.resolve("data"), "SELECT COUNT(*) FROM passage WHERE lane = 'in-9' "
                    + "AND opened")).as("and the one that opened").isEqualTo(1);
        }
    }

    @Test
    void parkGateOpensTheBoardsBarrierForAPaidPlate() {
        Path dir = AppTestSupport.newTempDir("serial-app-");
        try (var cable = new SerialPair(dir); var board = JarToolProcess.board(cable.board, dir.resolve("board.log"));
                // a list from the command line replaces the demo's lanes (Spring binds a list from one source)
                var app = RunningJar.start(dir.resolve("data"), Map.of(), "--spring.profiles.active=demo",
                        "--parkgate.lanes[0].id=in-9", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                        "--parkgate.lanes[0].adapter=MODBUS", "--parkgate.lanes[0].modbus.port=" + cable.host)
                        .awaitStarted()) {
            var refused = app.post("/api/v1/lanes/in-9/plate-reads", "{\"plate\":\"京A10005\"}", "X-Api-Key",
                    LaneApiIT.KEY);
            assertThat(refused.body()).contains("\"decision\":\"DENY\"");
            SerialPair.pause(1000);
            assertThat(board.output()).doesNotContain("coil 0 (open contact) ON");

            var paid = app.post("/api/v1/lanes/in-9/plate-reads", "{\"plate\":\"京A10001\"}", "X-Api-Key",
                    LaneApiIT.KEY);
            assertThat(paid.body()).contains("\"decision\":\"OPEN\"");
            board.awaitOutput("arm: up", Duration.ofSeconds(10));
            assertThat(board.output()).contains("coil 0 (open contact) ON");
            board.awaitOutput("arm: down", Duration.ofSeconds(15));
        }
    }

    @Test
    void payingOnThePhoneOpensTheBoardsBarrierForTheVehicleOnTheLoop() {
        Path dir = AppTestSupport.newTempDir("serial-pay-");
        try (var cable = new SerialPair(dir); var board = JarToolProcess.board(cable.board, dir.resolve("board.log"));
                var app = RunningJar.start(dir.resolve("data"), Map.of(), "--spring.profiles.active=demo",
                        "--parkgate.lanes[0].id=in-9", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
                        "--parkgate.lanes[0].adapter=MODBUS", "--parkgate.lanes[0].modbus.port=" + cable.host)
                        .awaitStarted()) {
            board.type("car"); // the debtor's car stands on the loop
            SerialPair.pause(800); // the adapter polls the loop every 200 ms
            var refused = app.post("/api/v1/lanes/in-9/plate-reads", "{\"plate\":\"京A10004\"}", "X-Api-Key",
                    LaneApiIT.KEY);
            assertThat(refused.body()).contains("\"decision\":\"DENY\"", "\"orderId\":\"PO");
            String orderId = refused.body().replaceAll(".*\"orderId\":\"([^\"]+)\".*", "$1");
            String body = "{\"eventId\":\"evt-modbus\",\"orderId\":\"" + orderId
                    + "\",\"status\":\"SUCCEEDED\",\"amount\":\"613.50\",\"currency\":\"CNY\"}";
            var notified = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature",
                    org.parkgate.billing.provider.SandboxSignature.header("demo-sandbox-secret",
                            Instant.now().getEpochSecond(), body));
            assertThat(notified.body()).contains("APPLIED");
            board.awaitOutput("coil 0 (open contact) ON", Duration.ofSeconds(5));
            board.awaitOutput("arm: up", Duration.ofSeconds(10));
        }
    }

    private static void await(String what, BooleanSupplier condition, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            SerialPair.pause(50);
        }
    }
}
