package org.parkgate.reminder;

import java.sql.Date;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a message still has a reason to go out: a reminder about money stops once it is paid,
 * one about a stage once the owner left that stage, one about an expiring pass once it is renewed.
 */
@Component
class StillDue {

    private final JdbcClient jdbc;

    StillDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean test(long ownerId, ReminderReason reason, @Nullable Long invoice, @Nullable Long subscription,
            LocalDate today) {
        return switch (reason) {
            case PASS_EXPIRING -> subscription == null || !renewed(subscription);
            case DUE_SOON, DUE_TODAY -> invoice == null ? owesAnything(ownerId) : open(invoice);
            case OVERDUE -> owesPastDue(ownerId, today);
            case STAGE_OVERDUE, STAGE_RESTRICTED, STAGE_SUSPENDED -> reason.name().equals("STAGE_" + stage(ownerId));
            case AUTOPAY_NOTICE -> invoice == null || open(invoice);
            case RESTORED, ANNOUNCEMENT, SIGN_IN_CODE, OFFICE_ANSWER -> true;
        };
    }

    private boolean renewed(long subscription) {
        return count("""
                SELECT COUNT(*) FROM subscription s JOIN subscription n
                    ON n.owner = s.owner AND n.plan = s.plan AND n.starts_on > s.ends_on
                WHERE s.id = ?""", subscription) > 0;
    }

    private boolean open(long invoice) {
        return count("SELECT COUNT(*) FROM invoice WHERE id = ? AND settled_on IS NULL", invoice) > 0;
    }

    private boolean owesAnything(long ownerId) {
        return count("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NULL", ownerId) > 0;
    }

    private boolean owesPastDue(long ownerId, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM invoice WHERE owner = ? AND settled_on IS NULL AND due_on < ?")
                .params(ownerId, Date.valueOf(today)).query(Integer.class).single() > 0;
    }

    private String stage(long ownerId) {
        return jdbc.sql("SELECT stage FROM owner_arrears WHERE owner = ?").param(ownerId).query(String.class)
                .optional().orElse("ACTIVE");
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }
}
