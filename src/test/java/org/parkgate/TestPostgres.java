package org.parkgate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PostgreSQL server the tests run on with {@code -Dparkgate.test.db=postgresql}: the one named
 * by {@code -Dparkgate.test.pg.url} (an administrator's JDBC URL, with {@code .user} and
 * {@code .password}), else a throwaway cluster of this JVM's own (initdb and pg_ctl of the
 * installed PostgreSQL, as the {@code postgres} user when the tests run as root; no systemd),
 * stopped and deleted when the JVM ends.
 */
final class TestPostgres {

    private static volatile TestPostgres server;

    final String adminUrl;
    final String user;
    final String password;

    private TestPostgres(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    static TestPostgres get() {
        if (server == null) {
            synchronized (TestPostgres.class) {
                if (server == null) {
                    String url = System.getProperty("parkgate.test.pg.url", "");
                    server = url.isBlank() ? startCluster()
                            : new TestPostgres(url, System.getProperty("parkgate.test.pg.user", "postgres"),
                                    System.getProperty("parkgate.test.pg.password", ""));
                }
            }
        }
        return server;
    }

    /** The URL of database {@code name} on this server. */
    String url(String name) {
        return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    /** Creates database {@code name} unless it exists. */
    void create(String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = admin.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
        }
    }

    private static TestPostgres startCluster() {
        Path bin = binaries();
        Path dir = AppTestSupport.newTempDir("postgres-");
        Path data = dir.resolve("data");
        int port = freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()), root);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), root);
            // tests: no fsync (a killed ParkGate in the kill -9 tests does not take PostgreSQL with it), unless
            // -Dparkgate.test.pg.durable=true (benchmarks: commits on disk as in production);
            // many connections, for the application contexts the suite keeps cached
            String durability = Boolean.getBoolean("parkgate.test.pg.durable") ? ""
                    : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                    "-w", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=600"
                            + " -c shared_buffers=256MB" + durability,
                    "start"), root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a throwaway PostgreSQL cluster in " + dir, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
                deleteTree(dir);
            } catch (IOException | RuntimeException ignored) {
                // the JVM is ending; target/ is cleaned by the next build
            }
        }));
        return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /** The installed PostgreSQL's programs: Debian's /usr/lib/postgresql/N/bin (newest), else pg_ctl on the PATH. */
    private static Path binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(b -> versionOf(b.getParent())));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "pg_ctl")) && Files.isExecutable(Path.of(entry, "initdb"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("No PostgreSQL found (tests on -Dparkgate.test.db=postgresql): install the "
                + "postgresql package, or name a server with -Dparkgate.test.pg.url");
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres && !command.getFirst().equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            boolean done = process.waitFor(60, TimeUnit.SECONDS);
            String output = new String(process.getInputStream().readAllBytes());
            if (!done || process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + full, e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
