package org.parkgate.owner;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.parkgate.registry.MobileNumber;
import org.parkgate.registry.OwnerAccounts;
import org.parkgate.reminder.SignInTexts;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.OwnerPrincipal;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in to the owners' portal with a mobile number and a one-time code by SMS (DD-019).
 * Every number is treated alike: a code is made and counted for a number that is no owner's too,
 * only never sent, and a try with it is answered as a wrong code, so neither the answer nor its
 * timing tells whether a number is registered. Codes are kept only as an HMAC under a key made at
 * start (a restart voids them: ask again); at most one code a minute and ten an hour per number
 * and per client address; each code valid five minutes for five tries. Requests and tries are
 * taken one at a time, so two at once cannot both pass a limit. Everything is audited.
 */
@Service
public class OwnerSignIn {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final OwnerAccounts accounts;
    private final SignInTexts texts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecretKeySpec codeKey;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    OwnerSignIn(JdbcClient jdbc, TransactionTemplate transaction, OwnerAccounts accounts, SignInTexts texts,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        this.codeKey = new SecretKeySpec(key, "HmacSHA256");
    }

    /** Makes a code for the number typed, from {@code client}, and texts it if an owner has that number. */
    public CodeRequest requestCode(String typedMobile, @Nullable String client) {
        String mobile = MobileNumber.of(typedMobile).orElse(null);
        if (mobile == null) {
            return new CodeRequest.NotAMobile();
        }
        oneAtATime.lock();
        try {
            return transaction.execute(status -> {
                Instant now = clock.instant();
                Duration wait = waitFor("mobile", mobile, now).orElse(null);
                if (wait == null && client != null) {
                    wait = waitFor("client", client, now).orElse(null);
                }
                if (wait != null) {
                    audit.recordAs(AuditLog.ANONYMOUS, AuditAction.OWNER_CODE_REQUESTED, OwnerPrincipal.masked(mobile),
                            "refused: too soon, wait " + wait.toSeconds() + " s");
                    return new CodeRequest.TooSoon(wait);
                }
                String code = newCode();
                long id = store(mobile, client, code, now);
                List<Long> owners = accounts.withMobile(mobile);
                if (!owners.isEmpty()) {
                    texts.send(owners.getFirst(), mobile, code, SignInLimits.VALID, "code:" + id);
                }
                audit.recordAs(AuditLog.ANONYMOUS, AuditAction.OWNER_CODE_REQUESTED, OwnerPrincipal.masked(mobile),
                        owners.isEmpty() ? "no owner has this number: not sent" : "sent to owner " + owners.getFirst());
                return new CodeRequest.Sent(SignInLimits.VALID);
            });
        } finally {
            oneAtATime.unlock();
        }
    }

    /** Codes of more than a day ago count against no limit any more: forgotten every night. */
    @Scheduled(cron = "0 40 3 * * *", zone = "${parkgate.zone}")
    void forgetOldCodes() {
        int forgotten = jdbc.sql("DELETE FROM owner_sign_in_code WHERE created_at < ?")
                .param(Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1)))).update();
        if (forgotten > 0) {
            LoggerFactory.getLogger(OwnerSignIn.class).info("Forgot {} owners' sign-in codes of more than a day ago",
                    forgotten);
        }
    }

    /** Checks a code typed for a number, from {@code client}. */
    public SignInAttempt signIn(String typedMobile, String typedCode, @Nullable String client) {
        String mobile = MobileNumber.of(typedMobile).orElse(null);
        String code = typedCode == null ? "" : typedCode.strip();
        if (mobile == null || !code.matches("\\d{" + SignInLimits.CODE_DIGITS + "}")) {
            return new SignInAttempt.Malformed();
        }
        oneAtATime.lock();
        try {
            return transaction.execute(status -> check(mobile, code));
        } finally {
            oneAtATime.unlock();
        }
    }

    private record Waiting(long id, String hash, int tries) {
    }

    private SignInAttempt check(String mobile, String code) {
        Instant now = clock.instant();
        Waiting waiting = jdbc.sql("""
                        SELECT id, code_hash, tries FROM owner_sign_in_code
                        WHERE mobile = ? AND used_at IS NULL AND expires_at > ? AND tries < ?
                        ORDER BY created_at DESC, id DESC LIMIT 1""")
                .params(mobile, Timestamp.from(now), SignInLimits.MAX_TRIES)
                .query((rs, row) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getInt(3))).optional().orElse(null);
        if (waiting == null) {
            failed(mobile, "no code waiting (none asked for, expired, used or tried too often)");
            return new SignInAttempt.NoCode();
        }
        jdbc.sql("UPDATE owner_sign_in_code SET tries = tries + 1 WHERE id = ?").param(waiting.id()).update();
        List<Long> owners = accounts.withMobile(mobile);
        boolean right = MessageDigest.isEqual(waiting.hash().getBytes(StandardCharsets.US_ASCII),
                hash(mobile, code).getBytes(StandardCharsets.US_ASCII));
        if (!right || owners.isEmpty()) {
            int left = SignInLimits.MAX_TRIES - waiting.tries() - 1;
            failed(mobile, "wrong code, " + left + " tries left");
            return left > 0 ? new SignInAttempt.WrongCode(left) : new SignInAttempt.NoCode();
        }
        jdbc.sql("UPDATE owner_sign_in_code SET used_at = ? WHERE id = ?").params(Timestamp.from(now), waiting.id())
                .update();
        var owner = new OwnerPrincipal(mobile, owners, null);
        audit.recordAs(owner.getName(), AuditAction.OWNER_SIGNED_IN, OwnerPrincipal.masked(mobile),
                "owner records " + owners);
        return new SignInAttempt.SignedIn(owner);
    }

    private void failed(String mobile, String why) {
        audit.recordAs(AuditLog.ANONYMOUS, AuditAction.OWNER_SIGN_IN_FAILED, OwnerPrincipal.masked(mobile), why);
    }

    /** How long until another code may be asked for by this number or address; empty: now. */
    private java.util.Optional<Duration> waitFor(String column, String value, Instant now) {
        List<Instant> recent = jdbc.sql("SELECT created_at FROM owner_sign_in_code WHERE " + column
                        + " = ? AND created_at > ? ORDER BY created_at DESC")
                .params(value, Timestamp.from(now.minus(SignInLimits.LONG_WINDOW)))
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
        Duration wait = Duration.ZERO;
        if (recent.size() >= SignInLimits.PER_SHORT_WINDOW) {
            wait = max(wait, Duration.between(now, recent.get(SignInLimits.PER_SHORT_WINDOW - 1)
                    .plus(SignInLimits.SHORT_WINDOW)));
        }
        if (recent.size() >= SignInLimits.PER_LONG_WINDOW) {
            wait = max(wait, Duration.between(now, recent.get(SignInLimits.PER_LONG_WINDOW - 1)
                    .plus(SignInLimits.LONG_WINDOW)));
        }
        return wait.isPositive() ? java.util.Optional.of(wait) : java.util.Optional.empty();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private long store(String mobile, @Nullable String client, String code, Instant now) {
        var id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO owner_sign_in_code (mobile, client, code_hash, created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(mobile, client, hash(mobile, code), Timestamp.from(now),
                        Timestamp.from(now.plus(SignInLimits.VALID)))
                .update(id, "id");
        return java.util.Objects.requireNonNull(id.getKey()).longValue();
    }

    private static String newCode() {
        return String.format("%0" + SignInLimits.CODE_DIGITS + "d", RANDOM.nextInt(1_000_000));
    }

    private String hash(String mobile, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(codeKey);
            return HexFormat.of().formatHex(mac.doFinal((mobile + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
