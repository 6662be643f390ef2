package org.parkgate.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
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
 * its last day and comes with its invoice; a renewal starts the day after the current period ends. Refusals throw
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
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    PassService(JdbcClient jdbc, PassRecords records, RegistryService registry, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT id, name, period, price, rate, windows, max_inside FROM pass_plan WHERE active ORDER BY name")
                .query((rs, row) -> new PassPlanRow(rs.getLong(1), rs.getString(2), PassPeriod.valueOf(rs.getString(3)),
                        rs.getLong(4), Rate.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7)))
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
        PassPeriod period = activePlanPeriod(planId);
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

    /** The next period of the same plan and vehicles, from the day after this one ends. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional
    public long renew(long subscriptionId) {
        record Sold(long ownerId, long planId, LocalDate endsOn) {
        }
        Sold current = jdbc.sql("SELECT owner, plan, ends_on FROM subscription WHERE id = ?").param(subscriptionId)
                .query((rs, row) -> new Sold(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()))
                .optional()
                .orElseThrow(() -> new BillingException("error.pass.not-found"));
        long ownerId = current.ownerId();
        long planId = current.planId();
        LocalDate next = current.endsOn().plusDays(1);
        if (records.periodExists(ownerId, planId, next)) {
            throw new BillingException("error.pass.already-renewed", next);
        }
        withinSaleStart(next);
        List<String> plates = jdbc.sql("SELECT plate FROM subscription_vehicle WHERE subscription = ? ORDER BY plate")
                .param(subscriptionId).query(String.class).list();
        return insertPeriod(AuditAction.PASS_RENEWED, ownerId, planId, new LinkedHashSet<>(plates), next,
                activePlanPeriod(planId).lastDay(next), "error.pass.already-renewed");
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

    private PassPeriod activePlanPeriod(long planId) {
        return jdbc.sql("SELECT period FROM pass_plan WHERE id = ? AND active").param(planId).query(String.class)
                .optional().map(PassPeriod::valueOf)
                .orElseThrow(() -> new BillingException("error.plan.not-found"));
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
            id = records.insertPeriod(ownerId, planId, plates, startsOn, endsOn,
                    startsOn.isAfter(today) ? startsOn : today);
        } catch (DuplicateKeyException soldAtTheSameMoment) {
            throw new BillingException(duplicateKey, startsOn);
        }
        audit.record(action, RegistryService.ownerSubject(ownerId), "plan " + planId + ", " + startsOn + ".." + endsOn
                + ", " + String.join(" ", plates));
        events.publishEvent(new PassesChanged(ownerId));
        return id;
    }
}
