package org.parkgate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parkgate.AppTestSupport;
import org.parkgate.TestDatabase;

/** The shipped jar: production mode, first start, health, clean stop and kill -9 (on either database). */
class PackagedJarIT {

    private static final Pattern GENERATED_PASSWORD = Pattern.compile("Initial password: (\\S+)");

    @Test
    void firstStartPrintsAGeneratedAdminPasswordOnceAndStopsCleanly() throws java.io.IOException {
        Path dataDir = AppTestSupport.newTempDir("first-start-");
        String password;
        try (RunningJar app = RunningJar.start(dataDir, Map.of()).awaitStarted()) {
            Matcher generated = GENERATED_PASSWORD.matcher(app.logText());
            assertThat(generated.find()).as("generated password in the log").isTrue();
            password = generated.group(1);

            // production mode: the pre-built bundle is served, no dev server
            var login = app.get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("VAADIN/build/");
            assertThat(app.logText()).doesNotContain("development mode");
            assertThat(login.body()).as("the tab's icon").contains("parkgate/favicon.svg");
            assertThat(app.get("/parkgate/favicon.svg").statusCode()).isEqualTo(200);

            for (String page : new String[] {"/login", "/pay/unknown-token", "/pay-owner/unknown-token", "/pay-inside"}) {
                var answer = app.get(page);
                assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page)
                        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'",
                                "object-src 'none'"));
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
                assertThat(answer.headers().firstValue("Referrer-Policy")).as(page + ": pay tokens stay in the URL")
                        .hasValue("no-referrer");
                assertThat(answer.headers().allValues("Set-Cookie")).as(page)
                        .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
                assertThat(answer.body()).as(page + ": no session id in links").doesNotContain(";jsessionid=");
            }
            assertThat(app.get("/api/v1/lanes/in-1/plate-reads").headers().firstValue("Referrer-Policy"))
                    .hasValue("no-referrer");
            assertThat(app.signIn("admin", password)).isTrue();
            assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir)).as("data directory: ParkGate's user only")
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            assertThat(app.stop()).isIn(0, 143);
            if (!TestDatabase.onPostgres()) { // the embedded database's own files
                assertThat(app.logText()).contains("Database shut down cleanly");
            }
        }
        if (!TestDatabase.onPostgres()) {
            assertThat(dataDir.resolve("parkgate.lck")).doesNotExist();
            assertThat(dataDir.resolve("parkgate.log")).satisfiesAnyOf(
                    log -> assertThat(log).doesNotExist(), log -> assertThat(log).isEmptyFile());
        }

        try (RunningJar again = RunningJar.start(dataDir, Map.of()).awaitStarted()) {
            assertThat(again.logText()).doesNotContain("Initial password");
            assertThat(again.signIn("admin", password)).isTrue();
        }
    }

    @Test
    void healthIsAnonymousButRevealsOnlyStatusesAndNothingElseIsExposed() {
        Path dataDir = AppTestSupport.newTempDir("health-");
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            String log = app.logText();
            assertThat(log.indexOf("Access index:")).as("the gate index is loaded before ParkGate says it is ready")
                    .isNotNegative().isLessThan(log.indexOf("ParkGate is ready"));
            var health = app.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":{\"status\":\"UP\"}",
                    "\"lanes\":{\"status\":\"UP\"}", "\"reminders\":{\"status\":\"UP\"}",
                    "\"webhooks\":{\"status\":\"UP\"}", "\"diskSpace\":{\"status\":\"UP\"}")
                    .doesNotContain("details").doesNotContain("HSQL").doesNotContain("free").doesNotContain("in-1");

            for (String hidden : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/info"}) {
                assertThat(app.get(hidden).statusCode()).as(hidden).isNotEqualTo(200);
            }
        }
    }

    @Test
    void theLoginFormOverHttpIsThrottled() {
        Path dataDir = AppTestSupport.newTempDir("throttle-");
        try (RunningJar app = RunningJar.start(dataDir, Map.of(), "--spring.profiles.active=demo").awaitStarted()) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertThat(app.signInRedirect("guard", "wrong")).endsWith("/login?error");
            }
            assertThat(app.signInRedirect("guard", "wrong")).endsWith("/login?locked");
            assertThat(app.signInRedirect("guard", "demo")).as("right password during the lock")
                    .endsWith("/login?locked");
            assertThat(app.signIn("cashier", "demo")).as("other names are not affected").isTrue();
            assertThat(app.postLogin("username=manager&password=demo", null)).as("a form without the page's token")
                    .endsWith("/login?error");
        }
    }

    @Test
    void aWeakAdminPasswordFromTheEnvironmentStopsTheFirstStart() {
        Path dataDir = AppTestSupport.newTempDir("weak-admin-");
        try (RunningJar app = RunningJar.start(dataDir, Map.of("PARKGATE_ADMIN_PASSWORD", "admin1234567"))) {
            assertThat(app.awaitLogLine(line -> line.contains("PARKGATE_ADMIN_PASSWORD does not meet the password rules"),
                    Duration.ofSeconds(90))).contains("error.password.same-as-username");
            assertThat(app.awaitExit(Duration.ofSeconds(60))).isNotZero();
        }
    }

    @Test
    void aCommitAcknowledgedBeforeKillDashNineSurvives() {
        Path dataDir = AppTestSupport.newTempDir("kill-");
        try (RunningJar app = RunningJar.start(dataDir, Map.of("PARKGATE_ADMIN_PASSWORD", "From-The-Env-1"))) {
            // logged right after the transaction that created admin committed; kill at once
            app.awaitLogLine(line -> line.contains("created user 'admin' with the password from"),
                    Duration.ofSeconds(90));
            app.kill();
        }
        if (!TestDatabase.onPostgres()) {
            assertThat(dataDir.resolve("parkgate.lck")).exists(); // it really did not shut down
        }

        try (RunningJar again = RunningJar.start(dataDir, Map.of()).awaitStarted()) {
            assertThat(again.logText()).doesNotContain("first start");
            assertThat(again.signIn("admin", "From-The-Env-1")).isTrue();
        }
    }
}
