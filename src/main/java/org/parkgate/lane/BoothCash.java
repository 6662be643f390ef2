package org.parkgate.lane;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.Money;
import org.parkgate.base.UserFacingException;
import org.parkgate.billing.CashTaken;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.ParkingStay;
import org.parkgate.billing.PaymentService;
import org.parkgate.registry.VehicleDirectory;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 收费放行: staff at a lane's booth take the amount a refusal showed, in cash, and the barrier opens.
 * The amount is the refusal's, never typed in. In one transaction: the payment (cash, by the
 * signed-in user, so in their till like cash at the counter), a passage that says the barrier was
 * opened for a booth payment (the refusal stays as it was) and the audit entry; only then the
 * barrier moves, through the same path as opening by hand. A visitor's stay fee is a payment of
 * the stay (no owner), and the stay counts as paid as after paying inside the lot; an account's
 * arrears are paid like at the counter, invoices oldest first. One payment per refusal: asking
 * again answers with the first one and charges nothing. Fails closed: when nothing could be
 * recorded, nothing was taken and the barrier stays down; when the barrier does not take the
 * command, the payment and the passage (not opened, with why) stay on record and the stay is paid,
 * so the vehicle's next read, or a guard opening by hand, lets it out.
 */
@Service
public class BoothCash {

    private static final Logger log = LoggerFactory.getLogger(BoothCash.class);

    private final Site site;
    private final LaneController lanes;
    private final PassageRecords passages;
    private final BoothPaymentRecords booth;
    private final PaymentService payments;
    private final VehicleDirectory vehicles;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OnlineOrders orders;

    BoothCash(Site site, LaneController lanes, PassageRecords passages, BoothPaymentRecords booth,
            PaymentService payments, VehicleDirectory vehicles, TransactionTemplate transaction, Clock clock,
            OnlineOrders orders) {
        this.orders = orders;
        this.site = site;
        this.lanes = lanes;
        this.passages = passages;
        this.booth = booth;
        this.payments = payments;
        this.vehicles = vehicles;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What the booth took for a refusal: the payment (for its receipt), the amount, whether the
     * barrier opened; {@code already} when it was taken before and nothing was charged now.
     */
    public record Collected(long paymentId, String receiptNo, long amount, boolean opened, boolean already) {
    }

    /**
     * Takes the amount refused passage {@code refusalId} showed at {@code laneId} in cash and opens
     * the barrier. Only the lane's latest passage, a refusal with an amount due
     * ({@link Passage#payableAtBooth()}); the same refusal again answers what was taken for it.
     *
     * @throws LaneException {@code error.booth.not-payable}, {@code error.booth.latest-only},
     *         {@code error.booth.no-account}, {@code error.booth.not-recorded}
     * @throws org.parkgate.billing.BillingException when the account owes less now (paid meanwhile)
     */
    @PreAuthorize(Role.Names.ALL_STAFF)
    public Collected collect(String laneId, long refusalId) {
        SiteLane lane = laneId == null ? null : site.lane(laneId);
        if (lane == null) {
            throw new UnknownLaneException(laneId);
        }
        if (!lanes.ready()) {
            throw new LanesStartingException();
        }
        Passage refusal = passages.find(refusalId); // a passage on record does not change
        if (refusal != null && booth.of(refusalId).isEmpty() && payable(lane, refusal)
                && orders.paidOnlineBeforeTheBooth(refusal.plate())) { // outside the lane's lock: the provider may be slow
            throw new LaneException("error.booth.paid-online", refusal.plate());
        }
        synchronized (lane) { // as the lane's reads: two clicks at once are one after the other
            Optional<BoothPaymentRecords.Paid> before = booth.of(refusalId); // again: another click may have paid
            if (before.isPresent()) {
                return already(before.get());
            }
            if (refusal == null || !payable(lane, refusal)) {
                throw new LaneException("error.booth.not-payable");
            }
            if (refusal.decidedAt().plus(lanes.payWindow()).isBefore(clock.instant())) { // the car has gone
                throw new LaneException("error.booth.too-old", lanes.payWindow().toMinutes());
            }
            Passage latest = passages.lastRecorded(lane.id());
            if (latest == null || latest.id() != refusalId) {
                throw new LaneException("error.booth.latest-only");
            }
            Long owner = refusal.stayFeeDue() ? null : ownerOf(refusal.plate());
            String actor = AuditLog.currentActor();
            Instant now = clock.instant();
            record Taken(CashTaken cash, Passage opening) {
            }
            Taken taken;
            try {
                taken = transaction.execute(status -> {
                    CashTaken cash = owner == null
                            ? payments.recordStayFeeInCash(new ParkingStay(refusal.lotId(), refusal.plate(),
                                    passages.enteredAt(refusal.lotId(), refusal.plate()), now), refusal.amountDue())
                            : payments.recordArrearsAtBooth(owner, refusal.amountDue());
                    var opening = new LaneController.StaffOpening(refusal.plate(), Passage.PAID_AT_BOOTH,
                            receiptNote(cash), AuditAction.BOOTH_CASH_COLLECTED,
                            actor, now);
                    Passage recorded = lanes.recordStaffOpening(lane, opening, passage -> booth.record(
                            new BoothPaymentRecords.Paid(refusalId, cash.paymentId(), cash.receiptNo(), cash.amount(),
                                    passage.id())));
                    return new Taken(cash, recorded);
                });
            } catch (UserFacingException refused) {
                throw refused;
            } catch (RuntimeException notRecorded) { // nothing on record: no money taken, the arm stays down
                log.error("Booth cash at {} for passage {} ({}) by {} NOT RECORDED; barrier left shut", lane.id(),
                        refusalId, refusal.plate(), actor, notRecorded);
                throw new LaneException("error.booth.not-recorded");
            }
            boolean opened;
            try {
                opened = lanes.openAfterBoothPayment(lane, taken.opening(), owner == null ? taken.cash().amount() : 0)
                        .opened();
            } catch (RuntimeException notOpened) { // the cash and the opening are on record: say so, arm down
                log.error("Booth cash at {} for passage {} ({}) recorded as {}, but the barrier was not opened",
                        lane.id(), refusalId, refusal.plate(), taken.cash().receiptNo(), notOpened);
                opened = false;
            }
            return new Collected(taken.cash().paymentId(), taken.cash().receiptNo(), taken.cash().amount(), opened,
                    false);
        }
    }

    /** What the opening after a booth payment notes: the amount and the receipt ("5.00 · R2026-000123"). */
    static String receiptNote(CashTaken cash) {
        return Money.yuan(cash.amount()) + " · " + cash.receiptNo();
    }

    private static boolean payable(SiteLane lane, Passage refusal) {
        return refusal.laneId().equals(lane.id()) && refusal.payableAtBooth();
    }

    private Collected already(BoothPaymentRecords.Paid paid) {
        if (!payments.standing(paid.paymentId())) {
            throw new LaneException("error.booth.reversed", paid.receiptNo());
        }
        Long openingId = paid.openingId();
        Passage opening = openingId == null ? null : passages.find(openingId);
        return new Collected(paid.paymentId(), paid.receiptNo(), paid.amount(), opening != null && opening.opened(),
                true);
    }

    private long ownerOf(String plate) {
        @Nullable Long owner = vehicles.ownersOf(List.of(plate)).get(plate);
        if (owner == null) {
            throw new LaneException("error.booth.no-account", plate);
        }
        return owner;
    }
}
