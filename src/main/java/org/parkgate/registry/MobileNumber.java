package org.parkgate.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland mobile number as the owners' portal signs in with it: 11 digits from 13 to 19, with
 * the +86 / 0086 prefix and the spaces, dashes and brackets people write left out, so that the
 * number an owner types finds the number the office typed, however each wrote it.
 */
public final class MobileNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000()（）-]");
    private static final Pattern MOBILE = Pattern.compile("(?:\\+86|0086)?(1[3-9]\\d{9})");
    /** Longer than any way of writing a mobile number: read no further. */
    static final int MAX_TYPED = 32;

    private MobileNumber() {
    }

    /** The 11 digits of a mobile number as typed, or empty when it is not one. */
    public static Optional<String> of(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        var matcher = MOBILE.matcher(SEPARATORS.matcher(typed.strip()).replaceAll(""));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
