package org.parkgate.registry;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What makes an owner's details acceptable, for the form and the import alike. */
final class OwnerRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{3,32}");

    private OwnerRules() {
    }

    /** The message key of what is wrong with a name, or null. */
    static @Nullable String nameProblem(@Nullable String name) {
        return name == null || name.isBlank() || name.strip().length() > 100 ? "error.owner.name-invalid" : null;
    }

    static @Nullable String phoneProblem(@Nullable String phone) {
        return phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()
                ? "error.owner.phone-invalid" : null;
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
