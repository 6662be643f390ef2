package org.parkgate.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.registry.NewOwner;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signing in to the owners' portal with a code by SMS: the code goes to the owner's phone and only
 * there, is kept hashed, works once, for five minutes and five tries; codes are limited per number
 * and per address; a number of no owner is answered exactly like an owner's. Each test has numbers
 * and addresses of its own, as the limits count across tests.
 */
class OwnerSignInTest extends KaribuTest {

    @Autowired
    OwnerSignIn signIn;

    @Autowired
    RegistryService registry;

    @Autowired
    JdbcClient jdbc;

    private long owner(String name, String phone) {
        login("cashier", Role.CASHIER);
        long id = registry.createOwner(new NewOwner(name, phone, "SMS-" + phone.substring(phone.length() - 4)));
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void theCodeTextedToTheOwnersPhoneSignsThemIn() {
        long owner = owner("验证码业主", "139 0017 0001");
        long auditedBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_event").query(Long.class).single();

        assertThat(signIn.requestCode("+86 139-0017-0001", "10.17.0.1")).isEqualTo(new CodeRequest.Sent(Duration.ofMinutes(5)));
        String code = TextedCodes.first("13900170001");

        assertThat(code).matches("\\d{6}");
        assertThat(jdbc.sql("SELECT code_hash FROM owner_sign_in_code WHERE mobile = '13900170001'").query(String.class)
                .single()).as("kept hashed").doesNotContain(code).hasSize(64);
        assertThat(jdbc.sql("SELECT body FROM reminder_message WHERE owner = ? AND reason = 'SIGN_IN_CODE'")
                .param(owner).query(String.class).single()).as("the delivery log").contains("******")
                .doesNotContain(code);
        SignInAttempt attempt = signIn.signIn("13900170001", code, "10.17.0.1");
        assertThat(attempt).isInstanceOf(SignInAttempt.SignedIn.class);
        var principal = ((SignInAttempt.SignedIn) attempt).owner();
        assertThat(principal.accounts()).containsExactly(owner);
        assertThat(principal.current()).isEqualTo(owner);
        assertThat(signIn.signIn("13900170001", code, "10.17.0.1")).as("a code works once")
                .isEqualTo(new SignInAttempt.NoCode());
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject = '139****0001' AND id > ? ORDER BY id")
                .param(auditedBefore).query(String.class).list())
                .containsExactly("OWNER_CODE_REQUESTED", "OWNER_SIGNED_IN", "OWNER_SIGN_IN_FAILED");
    }

    @Test
    void aNumberOfNoOwnerGetsTheSameAnswersAndNoText() {
        owner("有号业主", "13900170011");

        CodeRequest known = signIn.requestCode("13900170011", "10.17.1.1");
        CodeRequest unknown = signIn.requestCode("13900170012", "10.17.1.2");
        assertThat(unknown).isEqualTo(known);
        assertThat(signIn.signIn("13900170012", "000000", "10.17.1.2"))
                .isEqualTo(signIn.signIn("13900170011", wrongCodeFor("13900170011"), "10.17.1.1"))
                .isEqualTo(new SignInAttempt.WrongCode(4));
        assertThat(TextedCodes.received("13900170012")).as("nothing texted to a number of no owner").isEmpty();
        assertThat(signIn.requestCode("13900170012", "10.17.1.2")).as("limited alike")
                .isEqualTo(signIn.requestCode("13900170011", "10.17.1.1"));
    }

    @Test
    void oneCodeAMinuteAndTenAnHourPerNumber() {
        owner("限频业主", "13900170021");
        assertThat(signIn.requestCode("13900170021", "10.17.2.1")).isInstanceOf(CodeRequest.Sent.class);

        assertThat(signIn.requestCode("13900170021", "10.17.2.2")).as("another address, same number, at once")
                .isEqualTo(new CodeRequest.TooSoon(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.requestCode("13900170021", "10.17.2.3")).isEqualTo(new CodeRequest.TooSoon(Duration.ofSeconds(30)));
        for (int i = 2; i <= 10; i++) {
            clock.advance(Duration.ofSeconds(31));
            assertThat(signIn.requestCode("13900170021", "10.17.2." + (10 + i))).as("code " + i)
                    .isInstanceOf(CodeRequest.Sent.class);
            clock.advance(Duration.ofSeconds(30));
        }
        clock.advance(Duration.ofSeconds(61));
        // ten codes since the first, 9 min 41 s ago: the eleventh waits until the first is an hour old
        assertThat(signIn.requestCode("13900170021", "10.17.2.30"))
                .isEqualTo(new CodeRequest.TooSoon(Duration.ofMinutes(60).minusSeconds(30 + 9 * 61 + 61)));
        clock.advance(Duration.ofMinutes(60).minusSeconds(30 + 9 * 61 + 61));
        assertThat(signIn.requestCode("13900170021", "10.17.2.31")).isInstanceOf(CodeRequest.Sent.class);
    }

    @Test
    void oneCodeAMinutePerClientAddressWhateverTheNumber() {
        assertThat(signIn.requestCode("13900170031", "10.17.3.1")).isInstanceOf(CodeRequest.Sent.class);
        assertThat(signIn.requestCode("13900170032", "10.17.3.1")).isInstanceOf(CodeRequest.TooSoon.class);
        assertThat(signIn.requestCode("13900170032", "10.17.3.2")).isInstanceOf(CodeRequest.Sent.class);
        clock.advance(Duration.ofSeconds(61));
        assertThat(signIn.requestCode("13900170033", "10.17.3.1")).isInstanceOf(CodeRequest.Sent.class);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        owner("过期业主", "13900170041");
        signIn.requestCode("13900170041", "10.17.4.1");
        String code = TextedCodes.first("13900170041");

        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn.signIn("13900170041", code, "10.17.4.1")).isEqualTo(new SignInAttempt.NoCode());
        clock.advance(Duration.ofSeconds(1));
        signIn.requestCode("13900170041", "10.17.4.1");
        assertThat(signIn.signIn("13900170041", TextedCodes.next("13900170041", 1), "10.17.4.1"))
                .as("a new code works").isInstanceOf(SignInAttempt.SignedIn.class);
    }

    @Test
    void fiveWrongTriesVoidTheCode() {
        owner("试错业主", "13900170051");
        signIn.requestCode("13900170051", "10.17.5.1");
        String code = TextedCodes.first("13900170051");
        String wrong = wrongCodeFor("13900170051");

        assertThat(List.of(signIn.signIn("13900170051", wrong, "10.17.5.1"), signIn.signIn("13900170051", wrong, "10.17.5.1"),
                signIn.signIn("13900170051", wrong, "10.17.5.1"), signIn.signIn("13900170051", wrong, "10.17.5.1"),
                signIn.signIn("13900170051", wrong, "10.17.5.1")))
                .containsExactly(new SignInAttempt.WrongCode(4), new SignInAttempt.WrongCode(3),
                        new SignInAttempt.WrongCode(2), new SignInAttempt.WrongCode(1), new SignInAttempt.NoCode());
        assertThat(signIn.signIn("13900170051", code, "10.17.5.1")).as("not even the right code now")
                .isEqualTo(new SignInAttempt.NoCode());
    }

    @Test
    void aNumberSharedByTwoOwnersSignsInToChooseOne() {
        long first = owner("共用号码甲", "13900170061");
        long second = owner("共用号码乙", "139-0017-0061");
        signIn.requestCode("13900170061", "10.17.6.1");

        var attempt = (SignInAttempt.SignedIn) signIn.signIn("13900170061", TextedCodes.first("13900170061"), "10.17.6.1");
        assertThat(attempt.owner().accounts()).containsExactly(first, second);
        assertThat(attempt.owner().current()).as("not chosen yet").isNull();
        assertThat(TextedCodes.received("13900170061")).as("one text, not one per owner").hasSize(1);
    }

    @Test
    void whatIsNotAMobileNumberOrACodeIsRefusedAndCountsNothing() {
        assertThat(signIn.requestCode("010-12345678", "10.17.7.1")).isEqualTo(new CodeRequest.NotAMobile());
        assertThat(signIn.requestCode("1".repeat(10_000), "10.17.7.1")).isEqualTo(new CodeRequest.NotAMobile());
        assertThat(signIn.signIn("13900170071", "12a456", "10.17.7.1")).isEqualTo(new SignInAttempt.Malformed());
        assertThat(signIn.requestCode("13900170071", "10.17.7.1")).as("nothing was counted")
                .isInstanceOf(CodeRequest.Sent.class);
    }

    /** A code that is not the one texted (the texted one, if any, plus one). */
    private static String wrongCodeFor(String mobile) {
        List<String> codes = TextedCodes.received(mobile);
        int texted = codes.isEmpty() ? 0 : Integer.parseInt(codes.getLast());
        return String.format("%06d", (texted + 1) % 1_000_000);
    }
}
