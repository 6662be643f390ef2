package org.parkgate.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parkgate.ParkGateApplication;
import org.parkgate.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * ParkGate on a fresh file database in a temporary directory (any free port, no demo data, nightly
 * jobs off), with a cashier signed in on the calling thread. For benchmarks of what
 * the office pages do. With {@code -Dparkgate.test.db=postgresql} (and
 * {@code -Dparkgate.test.pg.durable=true}, for figures) on a PostgreSQL database of its own instead.
 */
public final class RunningOffice implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final boolean keep;

    public RunningOffice(String... more) throws IOException {
        this(Files.createTempDirectory("parkgate-perf-"), false, more);
    }

    /**
     * ParkGate on the database in {@code dataDir} (created when missing); with {@code keep} the
     * directory stays after {@link #close}, so that benchmarks can share a big data set.
     */
    public RunningOffice(Path dataDir, boolean keep, String... more) throws IOException {
        this.dataDir = dataDir;
        this.keep = keep;
        Files.createDirectories(dataDir);
        // as arguments: they override application.yml, default properties would not
        List<String> arguments = new java.util.ArrayList<>(List.of("--parkgate.data-dir=" + dataDir,
                "--parkgate.admin-password=perf-office-1234", "--parkgate.billing.invoice-run-cron=-",
                "--parkgate.arrears.recompute-cron=-", "--parkgate.gate.index-rebuild-cron=-",
                "--logging.level.root=warn", "--server.port=0"));
        arguments.addAll(TestDatabase.jarArguments(dataDir)); // -Dparkgate.test.db=postgresql: on PostgreSQL
        arguments.addAll(List.of(more));
        context = new SpringApplicationBuilder(ParkGateApplication.class).run(arguments.toArray(String[]::new));
        signInAsCashier();
    }

    /** Benchmark threads are not the setup thread: each signs in before calling a service. */
    public static void signInAsCashier() {
        signInAs("cashier", "CASHIER");
    }

    public static void signInAs(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }

    /** The port ParkGate's web server listens on. */
    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    }

    /**
     * After a bulk load: the database's statistics brought up to date, as they are on a database
     * that grew day by day (PostgreSQL's autovacuum; without it the planner takes the just-filled
     * tables for empty). HSQLDB keeps none to update.
     */
    public void analyzed() {
        if (TestDatabase.onPostgres()) {
            bean(org.springframework.jdbc.core.JdbcTemplate.class).execute("ANALYZE");
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        if (keep) {
            return;
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
