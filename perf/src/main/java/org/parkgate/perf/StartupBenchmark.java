package org.parkgate.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A restart of the packaged ParkGate as an office has it (the demo's database made by a first
 * start, then ParkGate started again on it), in a process of its own, from launching
 * {@code java} to the first correct decision at the entrance (京A10001, a paid pass: OPEN; before
 * the lanes are ready they answer 503). {@code setup}: {@code fat-jar} ({@code java -jar
 * target/parkgate.jar}, no options), {@code extracted} (target/app/parkgate.jar, no options),
 * {@code extracted+options} (with target/app/jvm.options), {@code extracted+options+aot} (and the
 * build's AOT cache, as the README runs it). Only the start is timed; the secondary result
 * {@code rssMegabytes} is the process's resident set 3 s after that decision (read, and the process
 * stopped, after the timed part). Needs {@code ./mvnw -B package -DskipTests} first.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class StartupBenchmark {

    static final Path TARGET = Path.of(System.getProperty("parkgate.target", "target")).toAbsolutePath();
    private static final String KEY = "demo-device-key";

    @Param({"fat-jar", "extracted", "extracted+options", "extracted+options+aot"})
    public String setup;

    private Path dataDir;

    /**
     * The started process, closed after each timed start (not timed): 3 s after its first correct
     * decision its resident set is read ({@code rssMegabytes}, in MB), then it is stopped.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Started {
        public long rssMegabytes;
        OfficeProcess office;

        @Setup(Level.Iteration)
        public void clear() {
            rssMegabytes = 0;
        }

        @TearDown(Level.Invocation)
        public void stop() throws Exception {
            if (office != null) {
                Thread.sleep(3000);
                rssMegabytes = office.rssKilobytes() / 1024;
                office.close();
                office = null;
            }
        }
    }

    @Setup(Level.Trial)
    public void demoDatabase() throws Exception {
        for (Path needed : List.of(TARGET.resolve("parkgate.jar"), TARGET.resolve("app/parkgate.aot"))) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException(needed + " is missing: run ./mvnw -B package -DskipTests first");
            }
        }
        dataDir = Files.createTempDirectory("parkgate-startup-");
        try (OfficeProcess first = OfficeProcess.start(command("fat-jar"), dataDir)) {
            first.awaitOpen(Duration.ofSeconds(120));
        }
    }

    /** Timed: from launching {@code java} to the first correct decision; the process is stopped after. */
    @Benchmark
    public long restartToFirstCorrectDecision(Started started) throws Exception {
        started.office = OfficeProcess.start(command(setup), dataDir);
        return started.office.awaitOpen(Duration.ofSeconds(120));
    }

    static List<String> command(String setup) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (setup.contains("options")) {
            command.add("@" + TARGET.resolve("app/jvm.options"));
        }
        if (setup.endsWith("aot")) {
            command.add("-XX:AOTCache=" + TARGET.resolve("app/parkgate.aot"));
        }
        command.addAll(List.of("-jar", TARGET.resolve(setup.equals("fat-jar") ? "parkgate.jar" : "app/parkgate.jar").toString()));
        return command;
    }

    /** ParkGate in a process of its own on {@code dataDir} with the demo profile, a free port, its log in a file. */
    static final class OfficeProcess implements AutoCloseable {

        private final Process process;
        private final int port;
        private final long launched;

        private OfficeProcess(Process process, int port, long launched) {
            this.process = process;
            this.port = port;
            this.launched = launched;
        }

        static OfficeProcess start(List<String> java, Path dataDir) throws IOException {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(java);
            command.addAll(List.of("--spring.profiles.active=demo", "--parkgate.data-dir=" + dataDir,
                    "--server.port=" + port, "--parkgate.public-url=http://localhost:" + port));
            long launched = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile()))
                    .start();
            return new OfficeProcess(process, port, launched);
        }

        /** Milliseconds from launching until the entrance opens for 京A10001. */
        long awaitOpen(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
                var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/lanes/in-1/plate-reads"))
                        .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json").header("X-Api-Key", KEY)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"plate\":\"京A10001\"}", StandardCharsets.UTF_8)).build();
                while (System.nanoTime() < deadline) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("ParkGate exited with " + process.exitValue());
                    }
                    try {
                        HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200 && answer.body().contains("\"decision\":\"OPEN\"")) {
                            return (System.nanoTime() - launched) / 1_000_000;
                        }
                    } catch (IOException notListeningYet) {
                        // the port opens with the web server
                    }
                    Thread.sleep(20);
                }
            }
            throw new IllegalStateException("no correct decision within " + timeout);
        }

        long rssKilobytes() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IllegalStateException("no VmRSS for " + process.pid());
        }

        /** 50 plate reads a second, entries and exits of owners and visitors, for {@code duration}; returns the errors. */
        int drive(Duration duration) throws Exception {
            var random = new java.util.Random(7);
            List<String> inside = new ArrayList<>();
            int errors = 0;
            long end = System.nanoTime() + duration.toNanos();
            try (HttpClient client = HttpClient.newHttpClient()) {
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    boolean exit = !inside.isEmpty() && random.nextBoolean();
                    String plate = exit ? inside.remove(random.nextInt(inside.size()))
                            : random.nextBoolean() ? "京A1000" + (1 + random.nextInt(8)) : "京B%05d".formatted(random.nextInt(100_000));
                    if (!exit) {
                        inside.add(plate);
                    }
                    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/lanes/"
                                    + (exit ? "out-1" : "in-1") + "/plate-reads"))
                            .header("Content-Type", "application/json").header("X-Api-Key", KEY)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"plate\":\"" + plate + "\"}", StandardCharsets.UTF_8))
                            .build();
                    try {
                        errors += client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 0 : 1;
                    } catch (IOException e) {
                        errors++;
                    }
                    long left = 20_000_000 - (System.nanoTime() - started);
                    if (left > 0) {
                        TimeUnit.NANOSECONDS.sleep(left);
                    }
                }
            }
            return errors;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
