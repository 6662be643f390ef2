package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Plates;
import org.parkgate.access.TimeWindows;
import org.parkgate.base.Money;
import org.parkgate.base.StartWindow;
import org.parkgate.registry.RegistryService;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pass plans and pass periods. A period sold covers the owner's chosen vehicles from its first to
 * its last day and comes with its invoice; a renewal starts the day after the current period ends.
 * At the counter the period can be paid in the same transaction ({@link PayNow}). Refusals throw
 * {@link BillingException} and write nothing.
 */
@Service
public class PassService {

    /**
     * A period sold may start at most 31 days ago (a pass bought late for the month already begun)
     * and at most a year from today (next year's pass bought early). Further back it would be
     * owed, with late fees, for days already gone; further ahead its invoice would be owed today
     * for a period years away.
     */
    public static final StartWindow SALE_START = new StartWindow(Period.ofDays(31), Period.ofYears(1));

    private final JdbcClient jdbc;
    private final PassRecords records;
    private final RegistryService registry;
    private final PaymentService payments;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PassService(JdbcClient jdbc, PassRecords records, RegistryService registry, PaymentService payments,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.audit = audit;
        this.clock = clock;
        this.records = records;
        this.registry = registry;
        this.events = events;
    }

    @PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
    @Transactional
    public long createPlan(NewPassPlan plan) {
        String name = plan.name() == null ? "" : plan.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            throw new BillingException("error.plan.name-invalid");
        }
        if (plan.price() < 0) {
            throw new BillingException("error.plan.price-negative");
        }
        if (plan.maxInside() < 1 || plan.maxInside() > 20) {
            throw new BillingException("error.plan.max-inside-invalid");
        }
        try {
            TimeWindows.parse(plan.windows());
        } catch (IllegalArgumentException e) {
            throw new BillingException("error.plan.windows-invalid", plan.windows());
        }
        long id = records.insertPlan(name, plan.period(), plan.price(), plan.rate(), plan.windows().strip(),
                plan.maxInside());
        audit.record(AuditAction.PASS_PLAN_CREATED, name, plan.period() + " " + Money.yuan(plan.price()) + " "
                + plan.rate() + ", windows " + plan.windows().strip() + ", at most " + plan.maxInside() + " inside");
        return id;
    }

    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<PassPlanRow> plans() {
        return jdbc.sql("""
                        SELECT id, name, period, price, rate, windows, max_inside, lot FROM pass_plan
                        WHERE active ORDER BY name""")
                .query((rs, row) -> new PassPlanRow(rs.getLong(1), rs.getString(2), PassPeriod.valueOf(rs.getString(3)),
                        rs.getLong(4), Rate.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getString(8)))
                .list();
    }

    /** {@link #sell(long, long, List, LocalDate, boolean)} refusing a period that overlaps another pass. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long sell(long ownerId, long planId, List<String> plates, LocalDate startsOn) {
        return sell(ownerId, planId, plates, startsOn, false);
    }

    /**
     * Sells one period of a plan to an owner for some of their vehicles; returns the period's id.
     * The first day must lie within {@link #SALE_START} of today; a plan is sold to an owner once
     * per first day. A period that covers a day on which one of the vehicles already has a pass is
     * refused with {@link PassOverlapException} unless {@code overlapConfirmed} (the user was told
     * and sells anyway; audited).
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long sell(long ownerId, long planId, List<String> plates, @Nullable LocalDate firstDay,
            boolean overlapConfirmed) {
        PassPeriod period = activePlan(planId).period();
        Set<String> normalised = new LinkedHashSet<>();
        for (String plate : plates) {
            String normal = Plates.normalize(plate);
            if (normal.isEmpty()) {
                throw new BillingException("error.plate.required");
            }
            Long owner = registry.plateOwner(normal);
            if (owner == null || owner != ownerId) {
                throw new BillingException("error.pass.plate-not-owners", normal);
            }
            normalised.add(normal);
        }
        if (normalised.isEmpty()) {
            throw new BillingException("error.pass.no-vehicle");
        }
        LocalDate startsOn = withinSaleStart(firstDay);
        if (records.periodExists(ownerId, planId, startsOn)) {
            throw new BillingException("error.pass.already-sold", startsOn);
        }
        LocalDate endsOn = period.lastDay(startsOn);
        var overlap = records.firstOverlap(normalised, startsOn, endsOn);
        if (overlap.isPresent()) {
            var other = overlap.get();
            if (!overlapConfirmed) {
                throw new PassOverlapException(other.plate(), other.startsOn(), other.endsOn(), other.planName());
            }
            audit.record(AuditAction.PASS_SOLD_OVERLAPPING, other.plate(), startsOn + ".." + endsOn + " over "
                    + other.planName() + " " + other.startsOn() + ".." + other.endsOn());
        }
        return insertPeriod(AuditAction.PASS_SOLD, ownerId, planId, normalised, startsOn, endsOn,
                "error.pass.already-sold");
    }

    /**
     * {@link #sell(long, long, List, LocalDate, boolean)}, and paid at the counter in the same
     * transaction unless {@code payNow} is null (the period is left as its invoice). The payment
     * takes what {@link #quoteSale} says, which must be {@code payNow.amount()}; a payment refused
     * refuses the sale too, and nothing is written.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public PassSale sell(long ownerId, long planId, List<String> plates, @Nullable LocalDate firstDay,
            boolean overlapConfirmed, @Nullable PayNow payNow) {
        return settled(sell(ownerId, planId, plates, firstDay, overlapConfirmed), payNow);
    }

    /**
     * The next period of the same plan, from the day after this one ends, for those of its vehicles
     * the owner still has (none left, no renewal), as the invoice run renews.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long renew(long subscriptionId) {
        Sold current = sold(subscriptionId);
        long ownerId = current.ownerId();
        long planId = current.planId();
        LocalDate next = current.endsOn().plusDays(1);
        if (records.periodExists(ownerId, planId, next)) {
            throw new BillingException("error.pass.already-renewed", next);
        }
        withinSaleStart(next);
        List<String> plates = records.platesStillOwned(ownerId, subscriptionId);
        if (plates.isEmpty()) {
            throw new BillingException("error.pass.no-vehicle-left");
        }
        return insertPeriod(AuditAction.PASS_RENEWED, ownerId, planId, new LinkedHashSet<>(plates), next,
                activePlan(planId).period().lastDay(next), "error.pass.already-renewed");
    }

    /** {@link #renew(long)}, paid at the counter as {@link #sell(long, long, List, LocalDate, boolean, PayNow)} is. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public PassSale renew(long subscriptionId, @Nullable PayNow payNow) {
        return settled(renew(subscriptionId), payNow);
    }

    /**
     * What paying now at the counter takes for a period of {@code planId} from {@code firstDay}
     * sold to the owner: the period's price and whatever the owner owes that falls due before it
     * (a payment pays the oldest first). Writes nothing; the sale checks everything again.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public SaleQuote quoteSale(long ownerId, long planId, LocalDate firstDay) {
        return quote(ownerId, activePlan(planId).price(), firstDay);
    }

    /** {@link #quoteSale} for the period that {@link #renew(long)} would add after this one. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public SaleQuote quoteRenewal(long subscriptionId) {
        Sold current = sold(subscriptionId);
        return quote(current.ownerId(), activePlan(current.planId()).price(), current.endsOn().plusDays(1));
    }

    private SaleQuote quote(long ownerId, long price, LocalDate firstDay) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dueOn = dueOn(firstDay, today);
        long before = 0;
        int invoices = 0;
        for (AccountBalance.Item item : payments.balanceOf(ownerId, today).items()) {
            // the new invoice is paid after every open one due the same day or earlier (they have lower ids)
            if (!item.invoice().dueOn().isAfter(dueOn) && item.owed() > 0) {
                before += item.owed();
                invoices++;
            }
        }
        return new SaleQuote(before, invoices, price);
    }

    private PassSale settled(long periodId, @Nullable PayNow payNow) {
        return new PassSale(periodId, payNow == null ? OptionalLong.empty()
                : OptionalLong.of(payments.recordForPeriod(periodId, payNow)));
    }

    private record Sold(long ownerId, long planId, LocalDate endsOn) {
    }

    private Sold sold(long subscriptionId) {
        return jdbc.sql("SELECT owner, plan, ends_on FROM subscription WHERE id = ?").param(subscriptionId)
                .query((rs, row) -> new Sold(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
                .optional()
                .orElseThrow(() -> new BillingException("error.pass.not-found"));
    }

    /**
     * The invoice run stops renewing the pass this period belongs to: it ends with its latest
     * period. Returns that period's last day.
     */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public LocalDate stopRenewal(long subscriptionId) {
        record Latest(long id, long ownerId, LocalDate endsOn) {
        }
        Latest latest = jdbc.sql("""
                        SELECT l.id, l.owner, l.ends_on FROM subscription s
                        JOIN subscription l ON l.owner = s.owner AND l.plan = s.plan
                        WHERE s.id = ? ORDER BY l.ends_on DESC LIMIT 1""")
                .param(subscriptionId)
                .query((rs, row) -> new Latest(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
                .optional().orElseThrow(() -> new BillingException("error.pass.not-found"));
        jdbc.sql("UPDATE subscription SET renews = FALSE WHERE id = ?").param(latest.id()).update();
        audit.record(AuditAction.PASS_RENEWAL_STOPPED, RegistryService.ownerSubject(latest.ownerId()),
                "ends " + latest.endsOn());
        return latest.endsOn();
    }

    private record ActivePlan(PassPeriod period, long price) {
    }

    private ActivePlan activePlan(long planId) {
        return jdbc.sql("SELECT period, price FROM pass_plan WHERE id = ? AND active").param(planId)
                .query((rs, row) -> new ActivePlan(PassPeriod.valueOf(rs.getString(1)), rs.getLong(2)))
                .optional()
                .orElseThrow(() -> new BillingException("error.plan.not-found"));
    }

    /** An invoice falls due on its period's first day, or today for a period already begun. */
    private static LocalDate dueOn(LocalDate startsOn, LocalDate today) {
        return startsOn.isAfter(today) ? startsOn : today;
    }

    /** {@code startsOn}, unless it is missing or outside {@link #SALE_START}. */
    private LocalDate withinSaleStart(@Nullable LocalDate startsOn) {
        if (startsOn == null) {
            throw new BillingException("error.pass.plan-and-start-needed");
        }
        LocalDate today = LocalDate.now(clock);
        if (!SALE_START.admits(startsOn, today)) {
            throw new BillingException("error.pass.start-window", SALE_START.earliest(today), SALE_START.latest(today));
        }
        return startsOn;
    }

    /**
     * The period's invoice falls due on its first day, or today for a period already begun. A
     * period sold by someone else at the same moment is refused with {@code duplicateKey}. Audited
     * as {@code action}.
     */
    private long insertPeriod(AuditAction action, long ownerId, long planId, Set<String> plates, LocalDate startsOn,
            LocalDate endsOn, String duplicateKey) {
        LocalDate today = LocalDate.now(clock);
        long id;
        try {
            id = records.insertPeriod(ownerId, planId, plates, startsOn, endsOn, dueOn(startsOn, today));
        } catch (DuplicateKeyException soldAtTheSameMoment) {
            throw new BillingException(duplicateKey, startsOn);
        }
        audit.record(action, RegistryService.ownerSubject(ownerId), "plan " + planId + ", " + startsOn + ".." + endsOn
                + ", " + String.join(" ", plates));
        events.publishEvent(new PassesChanged(ownerId));
        return id;
    }
}
