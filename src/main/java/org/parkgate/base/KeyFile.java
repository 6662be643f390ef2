package org.parkgate.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A key of 32 random bytes kept in a file of its own (base64, one line), made at the first start
 * and readable by ParkGate's user only; a file that is there but holds no such key stops ParkGate
 * with the advice to restore it, never with a new key in its place.
 */
public final class KeyFile {

    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {
    }

    /** @param what names the key in messages, e.g. "token key" */
    public static byte[] loadOrCreate(Path file, String what) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file + " holds no " + what
                        + " of " + KEY_BYTES + " bytes; restore it from the backup");
            }
            byte[] fresh = new byte[KEY_BYTES];
            RANDOM.nextBytes(fresh);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(written, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the " + what + " " + file, e);
        }
    }

    /** A key given as base64 text (a file's content, an environment variable); {@code problem} if it is none. */
    public static byte[] decode(String base64, String problem) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length < KEY_BYTES) {
                throw new IllegalStateException(problem);
            }
            return key;
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(problem, notBase64);
        }
    }
}
