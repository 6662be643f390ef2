package org.parkgate.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text of every message, per channel, reason and language: what the office changed, else
 * the default from the translation files ({@code reminder.template.<REASON>.subject|body}).
 * A template is checked before it is saved: placeholders must be known and the text must fit.
 */
@Service
public class ReminderTemplates {

    /** Longest SMS body accepted: gateways split long texts into several billed messages. */
    static final int SMS_MAX = 300;

    private final JdbcClient jdbc;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    ReminderTemplates(JdbcClient jdbc, Translations translations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The language tags owners can choose, in {@link Translations#LOCALES} order. */
    public static final List<String> LANGUAGES = Translations.LOCALES.stream().map(Locale::toLanguageTag).toList();

    /** The template in use. */
    @Transactional(readOnly = true)
    public MessageTemplate template(Channel channel, ReminderReason reason, String language) {
        return jdbc.sql("SELECT subject, body FROM reminder_template WHERE channel = ? AND reason = ? AND language = ?")
                .params(channel.name(), reason.name(), language)
                .query((rs, row) -> new MessageTemplate(rs.getString(1), rs.getString(2)))
                .optional().orElseGet(() -> standard(reason, language));
    }

    /** Whether the office changed this template. */
    @Transactional(readOnly = true)
    public boolean changed(Channel channel, ReminderReason reason, String language) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_template WHERE channel = ? AND reason = ? AND language = ?")
                .params(channel.name(), reason.name(), language).query(Integer.class).single() > 0;
    }

    /** The default, from the translation files. */
    public MessageTemplate standard(ReminderReason reason, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String key = "reminder.template." + reason.name();
        return new MessageTemplate(translations.getTranslation(key + ".subject", locale),
                translations.getTranslation(key + ".body", locale));
    }

    /** The message the template makes for made-up facts; refused like {@link #save} would be. */
    public MessageTemplate preview(Channel channel, MessageTemplate template, String lot) {
        check(channel, template);
        return template.render(MessageFacts.sample(lot));
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(Channel channel, ReminderReason reason, String language, MessageTemplate template) {
        check(channel, template);
        if (!LANGUAGES.contains(language)) {
            throw new ReminderException("error.reminders.language-invalid");
        }
        jdbc.sql("DELETE FROM reminder_template WHERE channel = ? AND reason = ? AND language = ?")
                .params(channel.name(), reason.name(), language).update();
        jdbc.sql("""
                        INSERT INTO reminder_template (channel, reason, language, subject, body, changed_by, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(channel.name(), reason.name(), language, template.subject().strip(), template.body().strip(),
                        AuditLog.currentActor(), Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditAction.REMINDER_TEMPLATE_CHANGED, channel + " " + reason + " " + language, null);
    }

    /** Back to the default text. */
    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void reset(Channel channel, ReminderReason reason, String language) {
        int removed = jdbc.sql("DELETE FROM reminder_template WHERE channel = ? AND reason = ? AND language = ?")
                .params(channel.name(), reason.name(), language).update();
        if (removed > 0) {
            audit.record(AuditAction.REMINDER_TEMPLATE_CHANGED, channel + " " + reason + " " + language, "default");
        }
    }

    private static void check(Channel channel, MessageTemplate template) {
        String body = template.body().strip();
        if (body.isEmpty()) {
            throw new ReminderException("error.reminders.body-empty");
        }
        if (channel != Channel.SMS && template.subject().isBlank()) {
            throw new ReminderException("error.reminders.subject-empty");
        }
        int max = channel == Channel.SMS ? SMS_MAX : 2000;
        if (body.length() > max || template.subject().strip().length() > 200) {
            throw new ReminderException("error.reminders.too-long", max);
        }
        var unknown = template.unknownPlaceholders();
        if (!unknown.isEmpty()) {
            throw new ReminderException("error.reminders.placeholder-unknown", "{" + String.join("}, {", unknown) + "}",
                    "{" + String.join("}, {", MessageFacts.PLACEHOLDERS) + "}");
        }
    }
}
