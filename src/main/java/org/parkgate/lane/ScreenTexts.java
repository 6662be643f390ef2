package org.parkgate.lane;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.ui.Translations;
import org.parkgate.gate.ledscreen.LedCommands;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The texts of the lanes' LED screens ({@code screen.*}), per language: what the office changed on
 * the Screen texts page, else the translation files' default. A text is checked before it is
 * saved: it must be a valid text with no placeholder its default lacks, be shown in GBK (the
 * screens' character set), and fit on one line of a screen with a made-up amount, plate or count.
 */
@Service
public class ScreenTexts {

    /** Bytes a screen line holds (16 Chinese characters, 32 letters or digits): what one 0x6E line carries. */
    public static final int LINE_BYTES = LedCommands.LINE_BYTES;
    private static final Charset GBK = Charset.forName("GBK");

    /** The texts the office may change, each with the made-up values it is checked with. */
    public static final Map<String, List<Object>> EDITABLE = editable();

    private final JdbcClient jdbc;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;
    /** The office's texts by key and language tag; null until read, and again after a change. */
    private volatile @Nullable Map<String, String> changed;

    ScreenTexts(JdbcClient jdbc, Translations translations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    private static Map<String, List<Object>> editable() {
        Map<String, List<Object>> keys = new LinkedHashMap<>();
        keys.put("screen.welcome", List.of());
        keys.put("screen.goodbye", List.of());
        keys.put("screen.pass-days-left", List.of(365));
        keys.put("screen.amount-due", List.of(new BigDecimal("99999.99")));
        keys.put("screen.days-overdue", List.of(365));
        keys.put("screen.scan-to-pay", List.of());
        keys.put("screen.type-link-to-pay", List.of());
        keys.put("screen.pay-at-office", List.of());
        keys.put("screen.paid", List.of());
        keys.put("screen.free-spaces", List.of(9999));
        keys.put("screen.full", List.of());
        return java.util.Collections.unmodifiableMap(keys);
    }

    /** A screen text in use, with its arguments. */
    public String text(String key, Locale locale, Object... arguments) {
        String office = changed().get(key + "/" + locale.toLanguageTag());
        return office == null ? translations.getTranslation(key, locale, arguments)
                : new MessageFormat(office, locale).format(arguments);
    }

    /** The text as the office wrote it (placeholders unfilled), or null when it uses the default. */
    public @Nullable String changed(String key, Locale locale) {
        return changed().get(key + "/" + locale.toLanguageTag());
    }

    /** The text as it is written, placeholders unfilled: the office's, else the translation files'. */
    public String pattern(String key, Locale locale) {
        String office = changed(key, locale);
        return office != null ? office : translations.getTranslation(key, locale);
    }

    /** The text with the made-up values, as a screen would show it. */
    public String sample(String key, Locale locale) {
        return text(key, locale, EDITABLE.get(key).toArray());
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(String key, Locale locale, String text) {
        List<Object> samples = EDITABLE.get(key);
        if (samples == null || !Translations.LOCALES.contains(locale)) {
            throw new LaneException("error.screen-text.unknown");
        }
        String written = text == null ? "" : text.strip();
        String shown;
        try {
            MessageFormat format = new MessageFormat(written, locale);
            if (format.getFormatsByArgumentIndex().length > samples.size()) {
                throw new LaneException("error.screen-text.placeholder", samples.size());
            }
            shown = format.format(samples.toArray());
        } catch (IllegalArgumentException unreadable) {
            throw new LaneException("error.screen-text.unreadable");
        }
        if (shown.isBlank()) {
            throw new LaneException("error.screen-text.empty");
        }
        if (!GBK.newEncoder().canEncode(shown)) {
            throw new LaneException("error.screen-text.not-gbk");
        }
        if (shown.getBytes(GBK).length > LINE_BYTES) {
            throw new LaneException("error.screen-text.too-long", shown, LINE_BYTES);
        }
        String language = locale.toLanguageTag();
        jdbc.sql("DELETE FROM lane_screen_text WHERE text_key = ? AND language = ?").params(key, language).update();
        jdbc.sql("""
                        INSERT INTO lane_screen_text (text_key, language, text, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(key, language, written, AuditLog.currentActor(), Timestamp.from(clock.instant())).update();
        audit.record(AuditAction.SCREEN_TEXT_CHANGED, key + " " + language, written);
        forgetAfterCommit();
    }

    /** Back to the translation files' default. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void reset(String key, Locale locale) {
        if (!EDITABLE.containsKey(key)) {
            throw new LaneException("error.screen-text.unknown");
        }
        String language = locale.toLanguageTag();
        if (jdbc.sql("DELETE FROM lane_screen_text WHERE text_key = ? AND language = ?").params(key, language)
                .update() > 0) {
            audit.record(AuditAction.SCREEN_TEXT_CHANGED, key + " " + language, null);
        }
        forgetAfterCommit();
    }

    private void forgetAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changed = null;
            }
        });
    }

    private Map<String, String> changed() {
        Map<String, String> texts = changed;
        if (texts == null) {
            Map<String, String> read = new HashMap<>();
            jdbc.sql("SELECT text_key, language, text FROM lane_screen_text")
                    .query((RowCallbackHandler) rs -> read.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3)));
            texts = Map.copyOf(read);
            changed = texts;
        }
        return texts;
    }
}
