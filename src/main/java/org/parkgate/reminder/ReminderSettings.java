package org.parkgate.reminder;

import java.sql.Time;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.parkgate.billing.LotTermsService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each lot's reminder schedule. Reading is open to ParkGate's own jobs; changing is for managers
 * and admins, audited, and refused with a reason when the schedule makes no sense.
 */
@Service
public class ReminderSettings {

    private final JdbcClient jdbc;
    private final LotTermsService terms;
    private final AuditLog audit;

    ReminderSettings(JdbcClient jdbc, LotTermsService terms, AuditLog audit) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.audit = audit;
    }

    /** Every lot with terms or a schedule, by lot id; lots never set up get the defaults. */
    @Transactional(readOnly = true)
    public Map<String, ReminderSchedule> all() {
        Map<String, ReminderSchedule> saved = new LinkedHashMap<>();
        jdbc.sql(SELECT).query(ReminderSettings::row).list().forEach(schedule -> saved.put(schedule.lot(), schedule));
        Set<String> lots = new TreeSet<>(terms.all().keySet());
        lots.addAll(saved.keySet());
        Map<String, ReminderSchedule> all = new LinkedHashMap<>();
        lots.forEach(lot -> all.put(lot, saved.getOrDefault(lot, ReminderSchedule.defaults(lot))));
        return all;
    }

    /** One lot's schedule, the defaults when it has none: one read by key, for each message and stage change. */
    @Transactional(readOnly = true)
    public ReminderSchedule forLot(String lot) {
        return jdbc.sql(SELECT + " WHERE lot = ?").param(lot).query(ReminderSettings::row).optional()
                .orElseGet(() -> ReminderSchedule.defaults(lot));
    }

    /** The schedule of one lot from {@link #all()}, the defaults for a lot not in it. */
    public static ReminderSchedule of(Map<String, ReminderSchedule> all, String lot) {
        ReminderSchedule schedule = all.get(lot);
        return schedule != null ? schedule : ReminderSchedule.defaults(lot);
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public void save(ReminderSchedule schedule) {
        check(schedule);
        Object[] values = {schedule.daysBefore(), schedule.onDueDay(), schedule.overdueEveryDays(),
                schedule.onStageChange(), text(schedule.channels()), Time.valueOf(schedule.quietFrom()),
                Time.valueOf(schedule.quietUntil()), schedule.lot()};
        int updated = jdbc.sql("""
                        UPDATE reminder_schedule SET days_before = ?, on_due_day = ?, overdue_every_days = ?,
                            on_stage_change = ?, channels = ?, quiet_from = ?, quiet_until = ?, version = version + 1
                        WHERE lot = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO reminder_schedule (days_before, on_due_day, overdue_every_days, on_stage_change,
                                channels, quiet_from, quiet_until, lot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
        audit.record(AuditAction.REMINDER_SCHEDULE_CHANGED, schedule.lot(), schedule.toString());
    }

    private static void check(ReminderSchedule s) {
        if (!s.lot().matches("[A-Za-z0-9_-]{1,32}")) {
            throw new ReminderException("error.terms.lot-invalid");
        }
        if (s.daysBefore() < 0 || s.daysBefore() > 60) {
            throw new ReminderException("error.reminders.days-before-invalid");
        }
        if (s.overdueEveryDays() < 0 || s.overdueEveryDays() > 90) {
            throw new ReminderException("error.reminders.every-invalid");
        }
    }

    private static final String SELECT = """
            SELECT lot, days_before, on_due_day, overdue_every_days, on_stage_change, channels, quiet_from, quiet_until
            FROM reminder_schedule""";

    private static ReminderSchedule row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReminderSchedule(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getInt(4), rs.getBoolean(5),
                channels(rs.getString(6)), rs.getTime(7).toLocalTime(), rs.getTime(8).toLocalTime());
    }

    static Set<Channel> channels(String text) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> channels.add(Channel.valueOf(name)));
        return channels;
    }

    static String text(Set<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
    }
}
