package org.parkgate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What Spring tests share: a fresh database directory per application context and a clock to move. */
public final class AppTestSupport {
    /** The SMTP server reminder e-mails go to; one for all Spring tests, like the context. */
    public static final GreenMail MAIL = startMail();

    private AppTestSupport() {
    }

    /** Called once for each application context the tests start: each gets a database of its own. */
    public static void useFreshDataDir(DynamicPropertyRegistry registry) {
        Path dataDir = newTempDir("test-data-");
        registry.add("parkgate.data-dir", dataDir::toString);
        if (TestDatabase.onPostgres()) {
            TestDatabase.Login database = TestDatabase.of(dataDir);
            registry.add("spring.datasource.url", database::url);
            registry.add("spring.datasource.username", database::user);
            registry.add("spring.datasource.password", database::password);
        }
        // tests run the nightly jobs themselves, on the test clock's day
        registry.add("parkgate.billing.invoice-run-cron", () -> "-");
        registry.add("parkgate.billing.autopay-cron", () -> "-");
        registry.add("parkgate.arrears.recompute-cron", () -> "-");
        registry.add("parkgate.gate.index-rebuild-cron", () -> "-");
        registry.add("parkgate.payments.reconcile-cron", () -> "-");
        registry.add("parkgate.reminders.plan-cron", () -> "-");
        registry.add("parkgate.passages.archive-cron", () -> "-");
        registry.add("parkgate.backups.cron", () -> "-");
        // reminders go to a local stand-in SMS gateway and a real SMTP server inside the test JVM
        registry.add("parkgate.reminders.sms.url", () -> FakeSmsGateway.get().url());
        registry.add("parkgate.reminders.sms.timeout", () -> "1s");
        registry.add("parkgate.webhooks.timeout", () -> "1s");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        // simulated arms move quickly, so one test's vehicle is through before the next test
        registry.add("parkgate.simulator.rise-ms", () -> "150");
        registry.add("parkgate.simulator.fall-ms", () -> "150");
    }

    public static Path newTempDir(String prefix) {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target"), prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail startMail() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class MovableClock {

        /** Primary, so every Clock injection point gets the movable one. */
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.of("Asia/Shanghai"));
        }
    }
}
