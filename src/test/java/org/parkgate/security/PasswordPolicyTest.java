package org.parkgate.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a new password must be, counted as bcrypt counts it (bytes) and as people choose them. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersAtLeast() {
        assertThatThrownBy(() -> PasswordPolicy.check("ann", "eleven-char")).hasMessage("error.password.too-short");
        assertThatCode(() -> PasswordPolicy.check("ann", "twelve-chars")).doesNotThrowAnyException();
    }

    @Test
    void theBcryptLimitIsCountedInBytesNotCharacters() {
        String chinese24 = "停车场收费系统的密码可以很长但不能超过七十二个字";
        assertThatCode(() -> PasswordPolicy.check("ann", chinese24)).as("24 characters, 72 bytes")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("ann", chinese24 + "字")).as("25 characters, 75 bytes")
                .hasMessage("error.password.too-long");
    }

    @Test
    void commonPasswordsTheUserNameAndOneRepeatedCharacterAreRefused() {
        assertThatThrownBy(() -> PasswordPolicy.check("ann", "Password1234")).hasMessage("error.password.common");
        assertThatThrownBy(() -> PasswordPolicy.check("ann", "woaini1314520")).hasMessage("error.password.common");
        assertThatThrownBy(() -> PasswordPolicy.check("ann", "zzzzzzzzzzzz")).hasMessage("error.password.common");
        assertThatThrownBy(() -> PasswordPolicy.check("cashier-ann", "my-Cashier-Ann-pw"))
                .hasMessage("error.password.same-as-username");
    }
}
