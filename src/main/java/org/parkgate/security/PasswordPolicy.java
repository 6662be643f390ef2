package org.parkgate.security;

/** The rules a new password must meet. Demo passwords are set directly and skip this. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 72; // bcrypt reads no further

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new StaffUserException("error.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new StaffUserException("error.password.too-long", MAX_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new StaffUserException("error.password.same-as-username");
        }
    }
}
