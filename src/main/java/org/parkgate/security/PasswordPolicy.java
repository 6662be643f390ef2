package org.parkgate.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password must meet, for every way one is set (a new user, a reset, a change,
 * the first admin's {@code PARKGATE_ADMIN_PASSWORD}): at least {@value #MIN_LENGTH} characters,
 * at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no further; a Chinese character is 3
 * bytes), not the user name, not one character repeated, and not on the list of the most common
 * passwords ({@code security/common-passwords.txt}). Demo passwords are set directly and skip this.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new StaffUserException("error.password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new StaffUserException("error.password.too-long", MAX_BYTES);
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (folded.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new StaffUserException("error.password.same-as-username");
        }
        if (password.codePoints().distinct().count() == 1 || COMMON.contains(folded)) {
            throw new StaffUserException("error.password.common");
        }
    }

    private static Set<String> load() {
        var list = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (list == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the jar");
        }
        try (var reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
