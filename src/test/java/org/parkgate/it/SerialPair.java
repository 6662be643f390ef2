package org.parkgate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A virtual serial cable: socat makes two ptys and links them at {@code board} and {@code host}
 * in a directory. Killing it is pulling the cable; starting it again on the same paths plugs it back.
 */
final class SerialPair implements AutoCloseable {

    final Path board;
    final Path host;
    private Process socat;

    SerialPair(Path dir) {
        this.board = dir.resolve("board");
        this.host = dir.resolve("host");
        plugIn();
    }

    void plugIn() {
        try {
            Files.deleteIfExists(board);
            Files.deleteIfExists(host);
            socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + board, "pty,raw,echo=0,link=" + host)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("socat is needed for the serial tests (apt-get install socat)", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!(Files.exists(board) && Files.exists(host))) {
            if (Instant.now().isAfter(deadline) || !socat.isAlive()) {
                throw new IllegalStateException("socat did not make the pty pair");
            }
            pause(20);
        }
    }

    void pullOut() {
        socat.destroyForcibly();
        try {
            socat.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pullOut();
    }
}
