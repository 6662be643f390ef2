package org.parkgate.billing.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The key files the settings file names ({@code parkgate.payments.<provider>.<name>-file}). */
public final class SettingsFiles {

    private SettingsFiles() {
    }

    /** The file's text; an {@link IllegalStateException} naming the property when it cannot be read. */
    public static String read(String property, String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalStateException(property + " cannot be read: " + file, unreadable);
        }
    }
}
