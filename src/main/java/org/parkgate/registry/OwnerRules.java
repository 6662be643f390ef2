package org.parkgate.registry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What makes an owner's details acceptable, for the form, the contact details and the import alike. */
final class OwnerRules {

    /** Spaces, dashes and brackets that people write between the groups of a number. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u3000()（）-]");
    private static final String COUNTRY = "(?:\\+86|0086)";
    /** A mainland mobile number: 11 digits from 13 to 19. */
    private static final Pattern MOBILE = Pattern.compile(COUNTRY + "?1[3-9]\\d{9}");
    /**
     * A landline with its area code: 010 or 02x and 8 digits, or a 4-digit code and 7 or 8 digits;
     * after +86 the trunk 0 is left out (or written anyway).
     */
    private static final Pattern LANDLINE = Pattern.compile(
            "(?:" + COUNTRY + "0?|0)(?:(?:10|2\\d)[1-9]\\d{7}|[3-9]\\d{2}[1-9]\\d{6,7})");
    /** A landline's extension: after 转, 分机, ext, x, # or a last dash. */
    private static final Pattern EXTENSION = Pattern.compile("(.+?)\\s*(?:转|分机|ext\\.?|x|#|-)\\s*\\d{1,6}",
            Pattern.CASE_INSENSITIVE);

    private OwnerRules() {
    }

    /** The message key of what is wrong with a name, or null. */
    static @Nullable String nameProblem(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return "error.owner.name-required";
        }
        return name.strip().length() > 100 ? "error.owner.name-invalid" : null;
    }

    /** A phone is optional; given, it is a mainland mobile or a landline with its area code. */
    static @Nullable String phoneProblem(@Nullable String phone) {
        return phone != null && !phone.isBlank() && !validPhone(phone.strip()) ? "error.owner.phone-invalid" : null;
    }

    private static boolean validPhone(String phone) {
        if (phone.length() > 32) {
            return false; // the column's width
        }
        String digits = SEPARATORS.matcher(phone).replaceAll("");
        if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
            return true;
        }
        // read on the text as typed: a dash before an extension looks like one between groups
        Matcher extension = EXTENSION.matcher(phone);
        return extension.matches() && LANDLINE.matcher(SEPARATORS.matcher(extension.group(1)).replaceAll("")).matches();
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static @Nullable String emailProblem(@Nullable String email) {
        return email != null && !email.isBlank() && (email.strip().length() > 120 || !EMAIL.matcher(email.strip()).matches())
                ? "error.owner.email-invalid" : null;
    }

    static @Nullable String unitProblem(@Nullable String unit) {
        return unit != null && unit.strip().length() > 32 ? "error.owner.unit-invalid" : null;
    }

    static @Nullable String colourProblem(@Nullable String colour) {
        return colour != null && colour.strip().length() > 32 ? "error.vehicle.colour-invalid" : null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
