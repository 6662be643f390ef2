package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;
import org.parkgate.billing.provider.SandboxSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar fails closed: without the demo no online payment is offered or taken, the demo
 * cannot be switched on over a production database, money that cannot be applied is stored as
 * held before the provider hears 200, and no plate is decided before the gate's index is loaded.
 */
class FailClosedIT {

    static final String KEY = "it-device-key-of-the-production-start";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The demo's site, given by hand for starts without the demo profile. */
    private static final String[] SITE = {"--parkgate.device-key=" + KEY,
            "--parkgate.lots[0].id=P1", "--parkgate.lots[0].name=Lot P1", "--parkgate.lots[0].capacity=300",
            "--parkgate.lanes[0].id=in-1", "--parkgate.lanes[0].lot=P1", "--parkgate.lanes[0].direction=IN",
            "--parkgate.lanes[1].id=out-1", "--parkgate.lanes[1].lot=P1", "--parkgate.lanes[1].direction=OUT"};

    @Test
    void withoutTheDemoARefusalSaysPayAtTheOfficeAndNoOrderIsMade() throws SQLException {
        Path dataDir = AppTestSupport.newTempDir("no-provider-");
        try (RunningJar demo = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            assertThat(demo.stop()).isIn(0, 143); // the demo's owners, 京A10004 among them in arrears
        }
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), SITE).awaitStarted()) {
            HttpResponse<String> refused = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10004\"}",
                    "X-Api-Key", KEY);
            assertThat(refused.statusCode()).isEqualTo(200);
            JsonNode answer = tree(refused.body());
            assertThat(answer.path("decision").asString()).isEqualTo("DENY");
            assertThat(answer.path("amountDue").decimalValue()).isEqualByComparingTo("613.50");
            assertThat(answer.path("payUrl").isNull()).as("no QR code").isTrue();
            assertThat(answer.path("orderId").isNull()).isTrue();
            assertThat(answer.path("message").asString()).isEqualTo("京A10004 已欠费 613.50 元 45 天，请到管理处缴费");

            String body = "{\"eventId\":\"e1\",\"orderId\":\"PO1\",\"status\":\"SUCCEEDED\",\"amount\":\"613.50\","
                    + "\"currency\":\"CNY\"}";
            HttpResponse<String> sandbox = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature",
                    SandboxSignature.header("demo-sandbox-secret", Instant.now().getEpochSecond(), body));
            assertThat(sandbox.statusCode()).as("no sandbox outside the demo").isEqualTo(404);
            assertThat(app.get("/pay/anything").body()).doesNotContain("pay-pay");

            assertThat(app.post("/api/v1/lanes/in-1/plate-reads?key=" + KEY, "{\"plate\":\"京A10001\"}").statusCode())
                    .as("a key in the URL only on camera routes").isEqualTo(401);
            for (int guess = 0; guess < 20; guess++) {
                assertThat(app.post("/api/v1/lanes/in-1/plate-reads", "{}", "X-Api-Key", "guess-" + guess)
                        .statusCode()).isEqualTo(401);
            }
            HttpResponse<String> stopped = app.post("/api/v1/lanes/in-1/plate-reads", "{\"plate\":\"京A10001\"}",
                    "X-Api-Key", KEY);
            assertThat(stopped.statusCode()).as("20 wrong keys stop the address, right key or not").isEqualTo(429);
            assertThat(stopped.headers().firstValue("Retry-After")).hasValue("300");
            assertThat(app.stop()).isIn(0, 143);
        }
        assertThat(count(dataDir, "SELECT COUNT(*) FROM payment_order")).isZero();
    }

    @Test
    void theDemoAndItsSandboxesRefuseToStartOnAProductionDatabase() {
        Path dataDir = AppTestSupport.newTempDir("production-");
        try (RunningJar production = RunningJar.start(dataDir, Map.of()).awaitStarted()) {
            assertThat(production.stop()).isIn(0, 143);
        }
        Map<String, List<String>> demoSwitches = Map.of(
                "parkgate.demo", List.of("--spring.profiles.active=demo"),
                "parkgate.payments.sandbox.enabled", List.of("--parkgate.payments.sandbox.enabled=true",
                        "--parkgate.payments.sandbox.secret=s"),
                "parkgate.reminders.sms.sandbox", List.of("--parkgate.reminders.sms.sandbox=true"));
        try (RunningJar shortKey = RunningJar.start(dataDir, Map.of(), "--parkgate.device-key=short-key")) {
            assertThat(shortKey.awaitLogLine(text -> text.contains("must have at least 24 characters"),
                    Duration.ofSeconds(90))).contains("parkgate.device-key");
            assertThat(shortKey.awaitExit(Duration.ofSeconds(60))).isNotZero();
        }
        demoSwitches.forEach((name, arguments) -> {
            try (RunningJar refused = RunningJar.start(dataDir, Map.of(), arguments.toArray(String[]::new))) {
                assertThat(refused.awaitLogLine(text -> text.contains("This is a production database"),
                        Duration.ofSeconds(90))).contains(name);
                assertThat(refused.awaitExit(Duration.ofSeconds(60))).as("it does not start").isNotZero();
            }
        });
    }

    @Test
    void everyAnonymousBodyIsBoundedBeforeItIsRead() throws Exception {
        Path dataDir = AppTestSupport.newTempDir("bodies-");
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            long hundredMegabytes = 100L * 1024 * 1024;
            for (String path : List.of("/api/v1/payments/notify/sandbox", "/api/v1/lanes/in-1/plate-reads",
                    "/api/v1/cameras/vzenith/in-1", "/api/v1/cameras/hikvision/in-1", "/api/v1/sim/lanes/in-1/arrive",
                    "/api/v1/sandbox/sms")) {
                for (int i = 0; i < 3; i++) { // three at a time took a 1 GB heap to OutOfMemoryError before
                    assertThat(RawPost.status(app.port, path, "demo-device-key", hundredMegabytes, false))
                            .as(path + " with Content-Length").isEqualTo(413);
                }
                assertThat(RawPost.status(app.port, path, "demo-device-key", hundredMegabytes, true))
                        .as(path + " chunked").isEqualTo(413);
            }
            assertThat(read(app, "in-1", "京A10001").path("decision").asString()).as("the lanes work on").isEqualTo("OPEN");
            assertThat(app.logText()).doesNotContain("OutOfMemoryError");
        }
    }

    @Test
    void moneyForADebtAlreadyPaidIsHeldAndStoredBeforeTheProviderHears200() throws Exception {
        Path dataDir = AppTestSupport.newTempDir("held-");
        String first;
        String second;
        // a second entrance: the same debt gets an order at each lane (a lane's own re-read reuses its order);
        // a list set on the command line replaces the demo's, so all three lanes are given
        List<String> args = new java.util.ArrayList<>(List.of("--spring.profiles.active=demo"));
        String[][] lanes = {{"in-1", "IN"}, {"out-1", "OUT"}, {"in-2", "IN"}};
        for (int i = 0; i < lanes.length; i++) {
            args.addAll(List.of("--parkgate.lanes[" + i + "].id=" + lanes[i][0], "--parkgate.lanes[" + i + "].lot=P1",
                    "--parkgate.lanes[" + i + "].direction=" + lanes[i][1], "--parkgate.lanes[" + i + "].adapter=SIMULATOR"));
        }
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), args.toArray(String[]::new)).awaitStarted()) {
            first = read(app, "in-1", "京A10004").path("orderId").asString();
            second = read(app, "in-2", "京A10004").path("orderId").asString();
            assertThat(second).isNotEqualTo(first);

            assertThat(notify(app, first).path("outcome").asString()).isEqualTo("APPLIED");
            HttpResponse<String> held = app.post("/api/v1/payments/notify/sandbox", notification(second),
                    "X-ParkGate-Signature", signature(notification(second)));
            assertThat(held.statusCode()).isEqualTo(200);
            assertThat(tree(held.body()).path("outcome").asString()).isEqualTo("HELD");

            String tooLong = "{\"eventId\":\"" + "e".repeat(65) + "\",\"orderId\":\"" + "P".repeat(65)
                    + "\",\"status\":\"SUCCEEDED\",\"amount\":\"613.50\",\"currency\":\"CNY\"}";
            HttpResponse<String> malformed = app.post("/api/v1/payments/notify/sandbox", tooLong,
                    "X-ParkGate-Signature", signature(tooLong));
            assertThat(malformed.statusCode()).as("authentic, but no order has such ids: nothing to resend")
                    .isEqualTo(400);
            assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            String wechatLength = notification("PO" + "W".repeat(30)); // a 32-character out_trade_no
            assertThat(tree(app.post("/api/v1/payments/notify/sandbox", wechatLength, "X-ParkGate-Signature",
                    signature(wechatLength)).body()).path("outcome").asString()).isEqualTo("UNKNOWN_ORDER");
            app.kill(); // no clean shutdown: what was acknowledged must be on disk already
        }
        assertThat(count(dataDir, "SELECT COUNT(*) FROM payment_order WHERE status = 'HELD' AND id = '" + second + "'"))
                .isEqualTo(1);
        assertThat(count(dataDir, "SELECT COUNT(*) FROM payment_event WHERE outcome = 'HELD' AND order_id = '"
                + second + "'")).isEqualTo(1);
        assertThat(count(dataDir, "SELECT COUNT(*) FROM payment_order WHERE status = 'PAID' AND id = '" + first + "'"))
                .isEqualTo(1);
    }

    @Test
    void noPlateIsDecidedBeforeTheGatesIndexIsLoaded() throws Exception {
        Path dataDir = AppTestSupport.newTempDir("early-reads-");
        List<String> answers = new CopyOnWriteArrayList<>();
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo")) {
            Thread reads = Thread.ofPlatform().start(() -> {
                Instant until = Instant.now().plus(Duration.ofSeconds(120));
                int afterReady = 0;
                while (Instant.now().isBefore(until) && afterReady < 5) {
                    boolean ready = app.logText().contains("ParkGate is ready");
                    for (String plate : new String[] {"京A10004", "京A10005"}) {
                        try {
                            // the exit too: before the vehicles inside are restored, exits would be free
                            String lane = answers.size() % 4 < 2 ? "in-1" : "out-1";
                            HttpResponse<String> answer = app.post("/api/v1/lanes/" + lane + "/plate-reads",
                                    "{\"plate\":\"" + plate + "\"}", "X-Api-Key", "demo-device-key");
                            answers.add(plate + " " + answer.statusCode() + " "
                                    + (answer.statusCode() == 200 ? tree(answer.body()).path("decision").asString()
                                    : answer.headers().firstValue("Retry-After").orElse("-")));
                        } catch (RuntimeException portNotOpenYet) {
                            sleep(20);
                        }
                    }
                    if (ready) {
                        afterReady++;
                    }
                }
            });
            reads.join();
            assertThat(app.logText()).contains("ParkGate is ready");
        }
        assertThat(answers).as("answers from the first open port on").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer).matches("京A1000[45] (200 DENY|503 2)"));
        assertThat(answers).as("after the index is loaded they are refused as the demo says")
                .anySatisfy(answer -> assertThat(answer).endsWith("200 DENY"));
        System.out.println("Reads from the first open port: " + answers.stream().filter(a -> a.contains(" 503 ")).count()
                + " answered 503 (starting), " + answers.stream().filter(a -> a.contains(" 200 ")).count() + " decided");
    }

    private static JsonNode read(RunningJar app, String lane, String plate) {
        HttpResponse<String> answer = app.post("/api/v1/lanes/" + lane + "/plate-reads", "{\"plate\":\"" + plate + "\"}",
                "X-Api-Key", "demo-device-key");
        assertThat(answer.statusCode()).isEqualTo(200);
        return tree(answer.body());
    }

    private static JsonNode notify(RunningJar app, String orderId) {
        String body = notification(orderId);
        HttpResponse<String> answer = app.post("/api/v1/payments/notify/sandbox", body, "X-ParkGate-Signature",
                signature(body));
        assertThat(answer.statusCode()).isEqualTo(200);
        return tree(answer.body());
    }

    private static String notification(String orderId) {
        return "{\"eventId\":\"evt-" + orderId + "\",\"orderId\":\"" + orderId
                + "\",\"status\":\"SUCCEEDED\",\"amount\":\"613.50\",\"currency\":\"CNY\"}";
    }

    private static String signature(String body) {
        return SandboxSignature.header("demo-sandbox-secret", Instant.now().getEpochSecond(), body);
    }

    /** A number from the stopped jar's database, opened as the office's backup tool would. */
    static long count(Path dataDir, String sql) throws SQLException {
        TestDatabase.Login login = TestDatabase.of(dataDir);
        String url = TestDatabase.onPostgres() ? login.url()
                : "jdbc:hsqldb:file:" + dataDir.resolve("parkgate") + ";shutdown=true;hsqldb.lock_file=false";
        try (Connection db = DriverManager.getConnection(url, login.user(), login.password());
                ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
