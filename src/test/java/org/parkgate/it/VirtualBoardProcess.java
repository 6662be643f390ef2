package org.parkgate.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** {@code java -jar parkgate.jar simulate-board --port <tty>} as an integrator runs it; its output in a file. */
final class VirtualBoardProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    VirtualBoardProcess(Path port, Path log) {
        this.log = log;
        Path jar = Path.of(System.getProperty("parkgate.jar", "target/parkgate.jar"));
        try {
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-jar", jar.toAbsolutePath().toString(), "simulate-board", "--port", port.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitOutput("virtual relay board on", Duration.ofSeconds(30));
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
                throw new AssertionError("the board did not print \"" + wanted + "\"; it printed:\n" + output());
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
