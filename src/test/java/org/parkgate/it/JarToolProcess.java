package org.parkgate.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the jar's tools as an integrator runs it, {@code java -jar parkgate.jar simulate-board
 * --port <tty>} or {@code simulate-screen --port <tty>}; its output in a file.
 */
final class JarToolProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    static JarToolProcess board(Path port, Path log) {
        return new JarToolProcess(log, "virtual relay board on", "simulate-board", "--port", port.toString());
    }

    static JarToolProcess screen(Path port, Path log) {
        return new JarToolProcess(log, "virtual LED screen on", "simulate-screen", "--port", port.toString());
    }

    private JarToolProcess(Path log, String ready, String... command) {
        this.log = log;
        Path jar = Path.of(System.getProperty("parkgate.jar", "target/parkgate.jar"));
        List<String> launch = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar.toAbsolutePath().toString()));
        launch.addAll(List.of(command));
        try {
            process = new ProcessBuilder(launch).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitOutput(ready, Duration.ofSeconds(30));
    }

    /** Types a command on the board's standard input ({@code car}, {@code gone}). */
    void type(String command) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void awaitOutput(String wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(wanted)) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new AssertionError("the tool did not print \"" + wanted + "\"; it printed:\n" + output());
            }
            SerialPair.pause(50);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
