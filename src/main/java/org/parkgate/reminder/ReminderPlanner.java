package org.parkgate.reminder;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkgate.access.ArrearsStage;
import org.parkgate.arrears.ArrearsChanged;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.billing.AccountBalance;
import org.parkgate.billing.OpenInvoice;
import org.parkgate.billing.PassesChanged;
import org.parkgate.billing.AutoPay;
import org.parkgate.billing.PaymentService;
import org.parkgate.billing.PaymentsChanged;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides who is reminded of what. Once a day (and at start-up, for a day ParkGate was off) by
 * each lot's schedule: passes that do not renew and end in a few days, invoices due in a few days
 * or today, and owners still overdue every few days. On every stage change, in the transaction
 * that changed it. On every payment or pass change, waiting reminders that are no longer due are
 * cancelled in the same transaction. The outbox's unique key makes a repeat of any of this a no-op.
 */
@Service
@Order(96) // at start-up: after the arrears are recomputed for the day
public class ReminderPlanner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final PaymentService payments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AuditLog audit;

    private final AutoPay autoPay;

    ReminderPlanner(JdbcClient jdbc, Outbox outbox, ReminderSettings settings, PaymentService payments,
            AutoPay autoPay, TransactionTemplate transaction, Clock clock, AuditLog audit) {
        this.autoPay = autoPay;
        this.audit = audit;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.settings = settings;
        this.payments = payments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        planToday();
    }

    @Scheduled(cron = "${parkgate.reminders.plan-cron}", zone = "${parkgate.zone}")
    void daily() {
        planToday();
    }

    /** Writes today's scheduled reminders; returns how many messages are new. */
    public int planToday() {
        LocalDate today = LocalDate.now(clock);
        Map<String, ReminderSchedule> schedules = settings.all();
        List<Occasion> occasions = new ArrayList<>(expiringPasses(today, schedules));
        occasions.addAll(dueInvoices(today, schedules));
        occasions.addAll(overdueOwners(today, schedules));
        occasions.addAll(autoPayCharges(today));
        int written = 0;
        for (Occasion occasion : occasions) {
            Integer rows = transaction.execute(status -> outbox.write(occasion,
                    ReminderSettings.of(schedules, occasion.lot())));
            written += rows == null ? 0 : rows;
        }
        log.info("Reminders for {}: {} occasions, {} new messages", today, occasions.size(), written);
        return written;
    }

    /** Invoices auto-pay charges in {@link AutoPay#NOTICE_DAYS} days: the owner is told what and when. */
    private List<Occasion> autoPayCharges(LocalDate today) {
        return autoPay.chargesDueOn(today.plusDays(AutoPay.NOTICE_DAYS)).stream()
                .map(charge -> Occasion.about(charge.ownerId(), ReminderReason.AUTOPAY_NOTICE, "AP" + charge.invoiceId(),
                        charge.lot(), charge.amount(), charge.dueOn(), charge.invoiceId(), null))
                .toList();
    }

    private List<Occasion> expiringPasses(LocalDate today, Map<String, ReminderSchedule> schedules) {
        return lastPeriodsEnding(today, null).stream()
                .filter(o -> within(ReminderSettings.of(schedules, o.lot()).daysBefore(), today, o.due()))
                .toList();
    }

    /** Pass periods that do not renew, have no successor and end in the next 60 days (of one owner, or all). */
    private List<Occasion> lastPeriodsEnding(LocalDate today, @Nullable Long owner) {
        return jdbc.sql("""
                        SELECT s.id, s.owner, p.lot, s.ends_on, p.price FROM subscription s
                        JOIN pass_plan p ON p.id = s.plan
                        WHERE NOT s.renews AND s.ends_on BETWEEN :today AND :until %s
                          AND NOT EXISTS (SELECT 1 FROM subscription n
                                          WHERE n.owner = s.owner AND n.plan = s.plan AND n.starts_on > s.ends_on)
                        ORDER BY s.ends_on, s.id""".formatted(owner == null ? "" : "AND s.owner = :owner"))
                .param("today", Date.valueOf(today)).param("until", Date.valueOf(today.plusDays(60)))
                .params(owner == null ? Map.of() : Map.of("owner", owner))
                .query((rs, row) -> Occasion.about(rs.getLong(2), ReminderReason.PASS_EXPIRING, "S" + rs.getLong(1),
                        rs.getString(3), rs.getLong(5), rs.getDate(4).toLocalDate(), null, rs.getLong(1)))
                .list();
    }

    /**
     * A reminder sent now by staff (立即提醒): of what the owner owes, or, owing nothing, of their
     * pass that ends without renewing within 60 days; by the channels of the lot's schedule, in the
     * owner's language, and audited. Once a day per owner and reason: a second click the same day
     * sends nothing and says so. The scheduled reminders go on as before beside it.
     */
    @PreAuthorize(Role.Names.OFFICE)
    public RemindedNow remindNow(long ownerId) {
        LocalDate today = LocalDate.now(clock);
        return transaction.execute(status -> {
            Occasion occasion = occasionNow(ownerId, today);
            if (occasion == null) {
                return new RemindedNow(RemindedNow.Outcome.NOTHING_DUE, null, 0);
            }
            int written = outbox.write(occasion, settings.forLot(occasion.lot()));
            if (written == 0) {
                return new RemindedNow(RemindedNow.Outcome.ALREADY_TODAY, occasion.reason(), 0);
            }
            audit.record(AuditAction.REMINDER_SENT_NOW, "owner " + ownerId, occasion.reason().name()
                    + (occasion.amount() == null ? "" : ", " + Money.yuan(occasion.amount()))
                    + ", " + written + " message(s)");
            return new RemindedNow(RemindedNow.Outcome.SENT, occasion.reason(), written);
        });
    }

    private @Nullable Occasion occasionNow(long ownerId, LocalDate today) {
        String key = "now:" + today;
        AccountBalance balance = payments.balanceOf(ownerId, today);
        if (balance.total() > 0) {
            OpenInvoice oldest = balance.items().getFirst().invoice();
            ReminderReason reason = oldest.dueOn().isBefore(today) ? ReminderReason.OVERDUE
                    : oldest.dueOn().equals(today) ? ReminderReason.DUE_TODAY : ReminderReason.DUE_SOON;
            return Occasion.about(ownerId, reason, key, oldest.lot(), balance.total(), oldest.dueOn(),
                    reason == ReminderReason.OVERDUE ? null : oldest.id(), null);
        }
        return lastPeriodsEnding(today, ownerId).stream().findFirst()
                .map(o -> Occasion.about(ownerId, o.reason(), key, o.lot(), o.amount(), o.due(), null, o.subscription()))
                .orElse(null);
    }

    private List<Occasion> dueInvoices(LocalDate today, Map<String, ReminderSchedule> schedules) {
        List<Occasion> occasions = new ArrayList<>();
        jdbc.sql("""
                        SELECT id, owner, lot, due_on, amount - paid FROM invoice
                        WHERE settled_on IS NULL AND due_on BETWEEN ? AND ? ORDER BY id""")
                .params(Date.valueOf(today), Date.valueOf(today.plusDays(60)))
                .query((rs, row) -> Occasion.about(rs.getLong(2), ReminderReason.DUE_SOON, "I" + rs.getLong(1),
                        rs.getString(3), rs.getLong(5), rs.getDate(4).toLocalDate(), rs.getLong(1), null))
                .list()
                .forEach(o -> {
                    ReminderSchedule schedule = ReminderSettings.of(schedules, o.lot());
                    if (o.due().equals(today) && schedule.onDueDay()) {
                        occasions.add(Occasion.about(o.ownerId(), ReminderReason.DUE_TODAY, o.periodKey(), o.lot(),
                                o.amount(), o.due(), o.invoice(), null));
                    } else if (o.due().isAfter(today) && within(schedule.daysBefore(), today, o.due())) {
                        occasions.add(o);
                    }
                });
        return occasions;
    }

    /**
     * Every {@code overdueEveryDays} days after the oldest unpaid due date, one reminder for all the
     * owner owes; the period is the oldest invoice and the number of the step, so a day missed is
     * caught up the next day and never sent twice. Not on a day the owner got a stage message.
     */
    private List<Occasion> overdueOwners(LocalDate today, Map<String, ReminderSchedule> schedules) {
        Map<Long, Occasion> oldest = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, owner, lot, due_on FROM invoice
                        WHERE settled_on IS NULL AND due_on < ? ORDER BY owner, due_on, id""")
                .param(Date.valueOf(today))
                .query((rs, row) -> Occasion.about(rs.getLong(2), ReminderReason.OVERDUE, "I" + rs.getLong(1),
                        rs.getString(3), null, rs.getDate(4).toLocalDate(), rs.getLong(1), null))
                .list()
                .forEach(o -> oldest.putIfAbsent(o.ownerId(), o));
        List<Occasion> occasions = new ArrayList<>();
        for (Occasion o : oldest.values()) {
            int every = ReminderSettings.of(schedules, o.lot()).overdueEveryDays();
            long step = every == 0 ? 0 : ChronoUnit.DAYS.between(o.due(), today) / every;
            if (step >= 1 && !stageMessageOn(o.ownerId(), today)) {
                long owed = payments.balanceOf(o.ownerId(), today).total();
                occasions.add(Occasion.about(o.ownerId(), ReminderReason.OVERDUE, o.periodKey() + "#" + step, o.lot(),
                        owed, o.due(), null, null));
            }
        }
        return occasions;
    }

    private static boolean within(int daysBefore, LocalDate today, LocalDate due) {
        return daysBefore > 0 && !today.isBefore(due.minusDays(daysBefore));
    }

    private boolean stageMessageOn(long ownerId, LocalDate today) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM reminder_message WHERE owner = ? AND period_key = ?
                          AND reason IN ('STAGE_OVERDUE', 'STAGE_RESTRICTED', 'STAGE_SUSPENDED')""")
                .params(ownerId, today.toString()).query(Integer.class).single() > 0;
    }

    /** A stage change: its message, written in the transaction that changed the stage. */
    @EventListener
    void on(ArrearsChanged changed) {
        LocalDate today = LocalDate.now(clock);
        outbox.cancelNoLongerDue(changed.ownerId(), today);
        if (changed.from() == changed.to()) {
            return;
        }
        AccountBalance balance = payments.balanceOf(changed.ownerId(), today);
        String lot = balance.items().isEmpty() ? lastLot(changed.ownerId()) : balance.items().getFirst().invoice().lot();
        ReminderSchedule schedule = settings.forLot(lot);
        if (!schedule.onStageChange()) {
            return;
        }
        boolean restored = changed.to() == ArrearsStage.ACTIVE;
        outbox.write(Occasion.about(changed.ownerId(), ReminderReason.forStage(changed.to()), today.toString(), lot,
                restored ? null : balance.total(),
                restored || balance.items().isEmpty() ? null : balance.items().getFirst().invoice().dueOn(), null, null),
                schedule);
    }

    @EventListener
    void on(PaymentsChanged changed) {
        outbox.cancelNoLongerDue(changed.ownerId(), LocalDate.now(clock));
    }

    @EventListener
    void on(PassesChanged changed) {
        outbox.cancelNoLongerDue(changed.ownerId(), LocalDate.now(clock));
    }

    /** The lot of the owner's latest invoice, for a message with nothing owed. */
    private String lastLot(long ownerId) {
        return jdbc.sql("SELECT lot FROM invoice WHERE owner = ? ORDER BY period_start DESC, id DESC LIMIT 1")
                .param(ownerId).query(String.class).optional().orElse("");
    }
}
