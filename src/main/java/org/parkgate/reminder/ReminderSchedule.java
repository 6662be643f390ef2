package org.parkgate.reminder;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a lot's owners are reminded, and by which channels: {@code daysBefore} days before a pass
 * ends or an invoice falls due (0 = not), on the due day, every {@code overdueEveryDays} days
 * while overdue (0 = not), and on each stage change. No SMS goes out between {@code quietFrom}
 * and {@code quietUntil} (the span may cross midnight; equal times mean no quiet hours).
 */
public record ReminderSchedule(String lot, int daysBefore, boolean onDueDay, int overdueEveryDays,
        boolean onStageChange, Set<Channel> channels, LocalTime quietFrom, LocalTime quietUntil) {

    public ReminderSchedule {
        channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    /** What a lot gets until a manager changes it. */
    public static ReminderSchedule defaults(String lot) {
        return new ReminderSchedule(lot, 3, true, 7, true, EnumSet.allOf(Channel.class), LocalTime.of(21, 0),
                LocalTime.of(8, 0));
    }

    public boolean quietAt(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    /** The first moment at or after {@code now} outside the quiet hours. */
    public LocalDateTime quietEnd(LocalDateTime now) {
        if (!quietAt(now.toLocalTime())) {
            return now;
        }
        LocalDateTime end = now.toLocalDate().atTime(quietUntil);
        return end.isBefore(now) ? end.plusDays(1) : end;
    }
}
