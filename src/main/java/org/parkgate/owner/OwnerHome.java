package org.parkgate.owner;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Arrears;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.OwnerPageNotices;
import org.parkgate.billing.PassPeriodRow;

/**
 * What the portal's home shows an owner: who, what is owed today (each open invoice with its late
 * fee as of today), the next due date, each pass's current period with its plates, the arrears
 * stage, and recent notices (reminders while something is owed, the office's announcements).
 */
public record OwnerHome(String name, @Nullable String unit, long owed, List<AccountBalance.Item> open,
        @Nullable LocalDate nextDue, List<PassPeriodRow> passes, Arrears arrears,
        List<OwnerPageNotices.Notice> notices) {
}
