package org.parkgate.lot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.LotPolicy.AntiPassback;
import org.parkgate.access.LotPolicy.RestrictedEntry;
import org.parkgate.access.LotPolicy.RestrictedExit;
import org.parkgate.access.VisitorTariff.CapPeriod;
import org.parkgate.access.VisitorTariff.FreeTime;
import org.parkgate.access.VisitorTariff.Night;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The one writer and reader of {@code lot_rules}: one column list, one row mapper, by column name. */
@Component
class LotRulesRecords {

    private static final String VALUES = """
            currency, free_time, free_minutes, first_segment_minutes, first_segment_price, step_minutes,
            step_price, cap_period, daily_cap, night, night_start_minute, night_end_minute, night_price,
            reentry_minutes, restricted_entry, restricted_exit, visitors_allowed, reserved_for_pass_holders,
            anti_passback, expiry_warning_days, fuzzy_min_confidence, prepaid_grace_minutes""";
    private static final int VALUE_COUNT = VALUES.split(",").length;

    private final JdbcClient jdbc;

    LotRulesRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredLotRules> find(String lot) {
        return jdbc.sql("SELECT lot, version, changed_at, changed_by, " + VALUES + " FROM lot_rules WHERE lot = ?")
                .param(lot).query((rs, row) -> stored(rs)).optional();
    }

    /**
     * Stores the rules as version {@code basedOnVersion + 1}: the first row of the lot for 0, else
     * only over that version.
     *
     * @return false when the stored version is no longer {@code basedOnVersion} (saved meanwhile)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean write(LotRules rules, int basedOnVersion, Instant at, String by) {
        List<Object> values = values(rules);
        if (basedOnVersion == 0) {
            if (find(rules.lot()).isPresent()) {
                return false;
            }
            return jdbc.sql("INSERT INTO lot_rules (" + VALUES + ", version, changed_at, changed_by, lot) VALUES ("
                            + "?, ".repeat(VALUE_COUNT) + "1, ?, ?, ?)")
                    .params(values).param(Timestamp.from(at)).param(by).param(rules.lot()).update() == 1;
        }
        String assignments = String.join(" = ?, ", VALUES.replace("\n", " ").split(",\\s*")) + " = ?";
        return jdbc.sql("UPDATE lot_rules SET " + assignments + ", version = version + 1, changed_at = ?, changed_by = ?"
                        + " WHERE lot = ? AND version = ?")
                .params(values).param(Timestamp.from(at)).param(by).param(rules.lot()).param(basedOnVersion)
                .update() == 1;
    }

    private static List<Object> values(LotRules r) {
        return List.of(r.currency().getCurrencyCode(), name(r.freeTime()), r.freeMinutes(), r.firstSegmentMinutes(),
                r.firstSegmentPrice(), r.stepMinutes(), r.stepPrice(), name(r.capPeriod()), r.dailyCap(),
                name(r.night()), r.nightStartMinute(), r.nightEndMinute(), r.nightPrice(), r.reentryMinutes(),
                name(r.restrictedEntry()), name(r.restrictedExit()), r.visitorsAllowed(), r.reservedForPassHolders(),
                name(r.antiPassback()), r.expiryWarningDays(), r.fuzzyMinConfidence(), r.prepaidGraceMinutes());
    }

    /** Only checked rules are written, so every choice is made. */
    private static String name(@Nullable Enum<?> choice) {
        return Objects.requireNonNull(choice, "a choice of checked rules").name();
    }

    private static StoredLotRules stored(ResultSet rs) throws SQLException {
        var rules = new LotRules(rs.getString("lot"), Currency.getInstance(rs.getString("currency")),
                FreeTime.valueOf(rs.getString("free_time")), rs.getInt("free_minutes"),
                rs.getInt("first_segment_minutes"), rs.getLong("first_segment_price"), rs.getInt("step_minutes"),
                rs.getLong("step_price"), CapPeriod.valueOf(rs.getString("cap_period")), rs.getLong("daily_cap"),
                Night.valueOf(rs.getString("night")), rs.getInt("night_start_minute"), rs.getInt("night_end_minute"),
                rs.getLong("night_price"), rs.getInt("reentry_minutes"),
                RestrictedEntry.valueOf(rs.getString("restricted_entry")),
                RestrictedExit.valueOf(rs.getString("restricted_exit")), rs.getBoolean("visitors_allowed"),
                rs.getInt("reserved_for_pass_holders"), AntiPassback.valueOf(rs.getString("anti_passback")),
                rs.getInt("expiry_warning_days"), rs.getInt("fuzzy_min_confidence"),
                rs.getInt("prepaid_grace_minutes"));
        return new StoredLotRules(rules, rs.getInt("version"), rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by"));
    }
}
