package org.parkgate.security;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start of a real installation: creates the single user {@code admin} with the password from
 * PARKGATE_ADMIN_PASSWORD, or a generated one printed once to the log. Either way the admin must
 * choose a new password at the first sign-in.
 */
@Component
@Profile("!demo")
@Order(0)
class InitialAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final StaffUserService users;
    private final String configuredPassword;

    InitialAdmin(StaffUserService users, @Value("${parkgate.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        if (!generated) { // the same rules as any other password: a weak one stops the first start
            try {
                PasswordPolicy.check(USERNAME, configuredPassword);
            } catch (StaffUserException weak) {
                throw new IllegalStateException("PARKGATE_ADMIN_PASSWORD does not meet the password rules ("
                        + weak.getMessage() + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, at most "
                        + PasswordPolicy.MAX_BYTES + " bytes, not the user name, not a common password", weak);
            }
        }
        String password = generated ? generatePassword() : configuredPassword;
        users.createDirectly(USERNAME, "Administrator", password, Set.of(Role.ADMIN), true);
        if (generated) {
            log.warn("""

                    ==============================================================
                     ParkGate first start: created user 'admin'
                     Initial password: {}
                     It is shown only this once. Change it at the first sign-in.
                    ==============================================================""", password);
        } else {
            log.info("ParkGate first start: created user 'admin' with the password from PARKGATE_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
