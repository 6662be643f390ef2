package org.parkgate.lane;

import java.util.Set;
import java.util.function.Consumer;
import org.parkgate.access.Plates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.AccessCore;
import org.parkgate.access.Decision;
import org.parkgate.access.Flag;
import org.parkgate.access.Lane;
import org.parkgate.access.Reason;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.OnlineOrders;
import org.parkgate.billing.OnlinePaymentReceived;
import org.parkgate.billing.OrderPurpose;
import org.parkgate.billing.PaymentOrder;
import org.parkgate.gate.DisplayMessage;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lane's brain: a plate read is validated, decided by the core, the passage stored durably,
 * and only then the barrier opened or the reason shown and the answer returned: an opening is
 * always on record, and when the record cannot be written the arm stays down (the display asks
 * for staff, the caller gets an error and resends). The same plate at the same lane again within
 * {@link #REPEAT_WINDOW} (a camera re-push) gets the same answer and no second passage. Until the
 * gate's index is loaded after a start, reads are refused as {@link LanesStartingException}
 * rather than decided on an empty index. Staff can always open by hand, with a reason, audited.
 */
@Service
public class LaneController {

    static final Duration REPEAT_WINDOW = Duration.ofSeconds(5);
    /** How long after a read its plate may still be corrected by the guard. */
    static final Duration CORRECTION_WINDOW = Duration.ofMinutes(10);
    /** The longest plate read accepted (camera strings, not plates: plates are at most 9 characters). */
    public static final int MAX_READ_LENGTH = 32;
    /** A camera clock this far from the server's is not believed: the server's time is recorded. */
    static final Duration CLOCK_TRUSTED_AHEAD = Duration.ofMinutes(5);
    static final Duration CLOCK_TRUSTED_BEHIND = Duration.ofDays(1);

    private final Site site;
    private final AccessCore core;
    private final PassageRecords records;
    private final Translations translations;
    private final LaneScreenTexts screenTexts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    /** A transaction of its own, also when called after another one's commit. */
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();
    private final Set<String> keptOpen = ConcurrentHashMap.newKeySet();
    /** Since when passages cannot be stored (the last store failed); null while they can. */
    private volatile @Nullable Instant storeFailingSince;
    /** Set once the index is loaded and who is inside restored: decisions before that would be wrong. */
    private volatile boolean ready;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LaneController.class);

    private record Recent(String read, Instant at, LaneAnswer answer) {
    }

    private final OnlineOrders orders;
    private final BarrierCommands barrier;
    private final SnapshotFiles snapshotFiles;
    private final FreeSpaceText freeSpaces;
    private final ReleaseReasons releaseReasons;
    private final Duration payWindow;
    /** The latest denial with an order per lane: paying it lets that vehicle through. */
    private final Map<String, Denial> denials = new ConcurrentHashMap<>();

    private record Denial(String plate, String orderId, Instant at) {
    }

    LaneController(Site site, AccessIndex index, PassageRecords records, Translations translations, AuditLog audit,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, OnlineOrders orders,
            BarrierCommands barrier, ReleaseReasons releaseReasons, SnapshotFiles snapshotFiles,
            LaneScreenTexts screenTexts, @Value("${parkgate.payments.lane-window-minutes}") long payWindowMinutes) {
        this.barrier = barrier;
        this.snapshotFiles = snapshotFiles;
        this.freeSpaces = new FreeSpaceText(site.lots(), site, translations);
        this.releaseReasons = releaseReasons;
        this.orders = orders;
        this.payWindow = Duration.ofMinutes(payWindowMinutes);
        this.site = site;
        this.core = new AccessCore(index.index(), clock);
        this.records = records;
        this.translations = translations;
        this.screenTexts = screenTexts;
        this.audit = audit;
        this.transaction = transaction;
        this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
    }

    /**
     * A camera read {@code read} at lane {@code laneId}; {@code confidence} 0-100 (null: 100),
     * {@code capturedAt} when the camera saw it (null: now).
     */
    public LaneAnswer plateRead(String laneId, String read, @Nullable Integer confidence, @Nullable Instant capturedAt) {
        return plateRead(laneId, read, confidence, capturedAt, List.of());
    }

    /**
     * A camera read with the pictures it sent ({@link SnapshotIntake}): they are stored with the
     * passage, on disk before the answer; a repeat of the lane's last read stores none.
     */
    public LaneAnswer plateRead(String laneId, String read, @Nullable Integer confidence, @Nullable Instant capturedAt,
            List<Snapshot> snapshots) {
        SiteLane lane = lane(laneId);
        if (read == null || read.isBlank() || read.length() > MAX_READ_LENGTH) {
            throw new LaneException("error.lane.plate-missing", MAX_READ_LENGTH);
        }
        int sure = confidence == null ? 100 : confidence;
        if (sure < 0 || sure > 100) {
            throw new LaneException("error.lane.confidence");
        }
        if (!ready) {
            throw new LanesStartingException();
        }
        synchronized (lane) { // one vehicle at a time per lane, as on the road
            Instant now = clock.instant();
            Recent last = recent.get(laneId);
            if (last != null && last.read().equals(read.strip()) && last.at().plus(REPEAT_WINDOW).isAfter(now)) {
                return last.answer();
            }
            boolean clockBelieved = capturedAt == null || believable(capturedAt, now);
            SnapshotFiles.Writing pictures = snapshotFiles.write(snapshots, now);
            Decision decision = core.decide(lane.lane(), read, sure);
            LaneAnswer answer = act(lane, decision, read.strip(), sure, null,
                    clockBelieved ? null : "camera clock not believed: " + capturedAt,
                    clockBelieved && capturedAt != null ? capturedAt : now, now, pictures.stored());
            recent.put(laneId, new Recent(read.strip(), now, answer));
            List<String> notStored = snapshotFiles.await(pictures, laneId);
            if (!notStored.isEmpty()) {
                records.forgetSnapshots(notStored);
            }
            return answer;
        }
    }

    /**
     * The guard at {@code laneId} corrects the plate of the lane's latest read (车牌矫正): the lane
     * decides again on {@code corrected} as if read for certain, and acts on it; the new passage
     * keeps the camera's read beside the corrected plate, with who corrected it. Audited.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public LaneAnswer correctPlate(String laneId, long passageId, String corrected) {
        SiteLane lane = lane(laneId);
        String plate = Plates.normalize(corrected == null ? "" : corrected);
        if (plate.isEmpty() || plate.length() > PassageRecords.PLATE_LENGTH) {
            throw new LaneException("error.lane.plate-typed", PassageRecords.PLATE_LENGTH);
        }
        if (!ready) {
            throw new LanesStartingException();
        }
        synchronized (lane) {
            Instant now = clock.instant();
            Passage latest = records.lastRecorded(laneId);
            if (latest == null || latest.id() != passageId || latest.manual()
                    || latest.decidedAt().plus(CORRECTION_WINDOW).isBefore(now)) {
                throw new LaneException("error.lane.correct-latest-only");
            }
            if (latest.plate().equals(plate)) {
                throw new LaneException("error.lane.correct-same-plate", plate);
            }
            String actor = AuditLog.currentActor();
            Decision decision = core.decide(lane.lane(), plate, 100);
            String note = "corrected from " + latest.plate() + " by " + actor;
            // the passage (with who corrected what) is on record before the barrier moves; the audit
            // entry follows in its own transaction, so it cannot hold the passage back
            LaneAnswer answer = act(lane, decision, latest.readAs(), 100, actor, note, now, now, List.of());
            try {
                audit.recordAs(actor, AuditAction.PLATE_CORRECTED, laneId, latest.plate() + " -> " + plate
                        + ", passage " + answer.passageId());
            } catch (RuntimeException notAudited) {
                log.error("Plate correction at {} by {} ({} -> {}) not audited; the passage records it", laneId, actor,
                        latest.plate(), plate, notAudited);
            }
            recent.remove(laneId); // the camera's next push of the old read is a new read
            return answer;
        }
    }

    /**
     * Stores the passage of {@code decision} and only then opens the barrier (or keeps the
     * denial's order for paying at the lane) and shows the display; the answer for the caller.
     */
    private LaneAnswer act(SiteLane lane, Decision decision, String readAs, int sure, @Nullable String actor,
            @Nullable String note, Instant capturedAt, Instant now, List<SnapshotFiles.Stored> snapshots) {
        String laneId = lane.id();
        PaymentOrder order;
        Passage stored;
        try {
            order = decision.opens() || decision.amountDue() == 0 ? null : order(lane, decision);
            stored = store(new Passage(0, laneId, lane.lane().lot().id(), lane.lane().direction(),
                    decision.plate(), readAs, sure, decision.opens(), decision.reason().name(),
                    decision.amountDue(), displayText(lane, decision, order, Translations.CHINESE),
                    decision.has(Flag.FUZZY), false, actor, note, capturedAt, now), snapshots);
        } catch (RuntimeException notRecorded) { // nothing on record: the arm stays down, staff are asked
            if (storeFailingSince == null) {
                storeFailingSince = now;
            }
            log.error("Lane {}: the read {} could not be recorded; barrier left shut", laneId, readAs,
                    notRecorded);
            showReason(lane, Reason.INTERNAL_ERROR);
            throw notRecorded;
        }
        if (decision.opens()) {
            stored = barrier.open(lane, stored);
            if (stored.opened() && lane.lane().direction() == Lane.Direction.IN) {
                core.recordEntry(lane.lane(), decision);
            } else if (stored.opened()) {
                core.recordExit(lane.lane(), decision.plate());
            }
        } else if (order != null) {
            denials.put(lane.id(), new Denial(decision.plate(), order.id(), now));
        }
        events.publishEvent(new PassageRecorded(stored));
        boolean notOpened = decision.opens() && !stored.opened(); // the display already says so
        if (!notOpened) {
            lane.gate().show(new DisplayMessage(List.of(stored.message(),
                    displayText(lane, decision, order, Translations.ENGLISH)), order == null ? null : order.payUrl(),
                    screenTexts.decided(lane, decision, order == null ? null : order.token(),
                            displayText(lane, decision, order, LaneScreenTexts.language(lane)))));
        }
        return new LaneAnswer(notOpened ? LaneAnswer.NOT_OPENED : decision.opens() ? "OPEN" : "DENY",
                decision.reason().name(), notOpened ? lane.gate().state().display().lines().getFirst()
                : stored.message(),
                decision.amountDue() == 0 ? null : decision.amountDueDecimal(),
                decision.amountDue() == 0 ? null : decision.currency().getCurrencyCode(),
                order == null ? null : order.payUrl(), order == null ? null : order.id(), stored.id());
    }

    /**
     * An order for exactly what the display asks, the owner's arrears or a visitor's fee; null when
     * no payment provider is configured or it could not make the order in its time-out (the display
     * then says to pay at the office, or to ask the guard; the denial stands either way).
     */
    private @Nullable PaymentOrder order(SiteLane lane, Decision decision) {
        boolean arrears = decision.reason() == Reason.ARREARS_RESTRICTED || decision.reason() == Reason.SUSPENDED;
        return orders.createAtLane(arrears ? OrderPurpose.LANE_ARREARS : OrderPurpose.VISITOR_FEE,
                arrears ? decision.accountId() : null, decision.plate(), lane.id(), lane.config().lot(), decision.amountDue());
    }

    /** A camera's time within the window around the server's; outside it the camera's clock is wrong. */
    private static boolean believable(Instant capturedAt, Instant now) {
        return !capturedAt.isAfter(now.plus(CLOCK_TRUSTED_AHEAD)) && !capturedAt.isBefore(now.minus(CLOCK_TRUSTED_BEHIND));
    }

    private void showReason(SiteLane lane, Reason reason) {
        lane.gate().show(new DisplayMessage(List.of(translations.getTranslation(reason.messageKey(), Translations.CHINESE),
                translations.getTranslation(reason.messageKey(), Translations.ENGLISH)), null,
                screenTexts.said(lane, reason.messageKey())));
    }

    /**
     * An order from a lane denial was paid: if that vehicle is still on the loop of that lane within
     * the pay window, the barrier opens and the passage is recorded as opened after payment.
     */
    @TransactionalEventListener
    void on(OnlinePaymentReceived paid) {
        if (paid.purpose() == OrderPurpose.VISITOR_FEE && paid.plate() != null) {
            core.recordPayment(paid.plate(), paid.amount());
        }
        SiteLane lane = paid.laneId() == null ? null : site.lane(paid.laneId());
        if (lane == null) {
            return;
        }
        synchronized (lane) {
            Denial denial = denials.get(lane.id());
            Instant now = clock.instant();
            if (denial == null || !denial.orderId().equals(paid.orderId()) || denial.at().plus(payWindow).isBefore(now)
                    || !lane.gate().state().vehiclePresent()) {
                return;
            }
            denials.remove(lane.id());
            String message = translations.getTranslation("lanes.reason." + Passage.PAID_AT_LANE, Translations.CHINESE);
            // committed before the arm moves: after the payment's commit, a write of this listener would
            // otherwise still belong to that finished transaction and be committed only when it is cleaned up
            Passage recorded = ownTransaction.execute(status -> store(new Passage(0, lane.id(),
                    lane.lane().lot().id(), lane.lane().direction(), denial.plate(), denial.plate(), 100, true,
                    Passage.PAID_AT_LANE, 0, message, false, false, null, paid.orderId(), now, now)));
            Passage opened = barrier.open(lane, recorded);
            events.publishEvent(new PassageRecorded(opened));
            recent.remove(lane.id());
            if (!opened.opened()) {
                return;
            }
            if (lane.lane().direction() == Lane.Direction.IN) {
                core.recordEntry(lane.lane(), denial.plate(), paid.purpose() == OrderPurpose.VISITOR_FEE);
            } else {
                core.recordExit(lane.lane(), denial.plate());
            }
            lane.gate().show(new DisplayMessage(List.of(denial.plate() + " " + message,
                    translations.getTranslation("lanes.reason." + Passage.PAID_AT_LANE, Translations.ENGLISH)), null,
                    screenTexts.paid(lane, denial.plate())));
        }
    }

    /**
     * Opens a lane's barrier by hand: staff on duty, or another system with the scope
     * {@code lanes:control}, with a reason; recorded and audited under who asked.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD') or hasAuthority('SCOPE_lanes:control')")
    public Passage openByHand(String laneId, String plate, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new LaneException("error.lane.reason-needed");
        }
        return openByHand(lane(laneId), plate, Passage.MANUAL_OPEN, why, AuditAction.MANUAL_OPEN, recorded -> { });
    }

    /**
     * 免费放行: the barrier opened for nothing, for one of the office's release reasons (a police
     * car, an ambulance, a dispute) and an optional note; recorded with the reason, audited, and
     * counted in the monthly lane report.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public Passage releaseFree(String laneId, String plate, long reasonId, @Nullable String note) {
        SiteLane lane = lane(laneId);
        ReleaseReasons.ReleaseReason reason = releaseReasons.activeReason(reasonId)
                .orElseThrow(() -> new LaneException("error.release-reason.choose"));
        String text = note == null ? "" : note.strip();
        if (text.length() > 200 - ReleaseReasons.NAME_LENGTH - 2) {
            throw new LaneException("error.release-reason.note-too-long", 200 - ReleaseReasons.NAME_LENGTH - 2);
        }
        return openByHand(lane, plate, Passage.FREE_RELEASE, reason.name() + (text.isEmpty() ? "" : ": " + text),
                AuditAction.FREE_RELEASE, recorded -> releaseReasons.recordRelease(recorded.id(), reasonId));
    }

    /**
     * Opens by hand for {@code code} (a passage reason) with {@code why}: the passage, whatever
     * {@code alsoRecord} adds and the audit entry are on record first, then the barrier moves; with
     * the database failing the barrier still opens and the log is the record.
     */
    private Passage openByHand(SiteLane lane, @Nullable String plate, String code, String why, AuditAction action,
            Consumer<Passage> alsoRecord) {
        String laneId = lane.id();
        String seen = plate == null || plate.isBlank() ? "-" : Plates.normalize(plate);
        if (seen.isEmpty() || seen.length() > PassageRecords.PLATE_LENGTH) {
            throw new LaneException("error.lane.plate-typed", PassageRecords.PLATE_LENGTH);
        }
        var opening = new StaffOpening(seen, code, why, action, AuditLog.currentActor(), clock.instant());
        // on record first: an opening that happened is never missing from the passages and the audit
        Passage stored;
        try {
            stored = transaction.execute(status -> recordStaffOpening(lane, opening, alsoRecord));
        } catch (RuntimeException notRecorded) {
            // the guard can always open: with the database failing, the log is the record
            log.error("{} NOT RECORDED in the database: lane {}, plate {}, by {}, reason \"{}\", at {}", code,
                    laneId, seen, opening.actor(), why, opening.at(), notRecorded);
            if (!barrier.openWithoutRecord(lane)) {
                throw new LaneException("error.lane.not-commanded");
            }
            throw new LaneException("error.lane.opened-not-recorded");
        }
        stored = openOnRecord(lane, stored, true);
        if (!stored.opened()) { // the guard is told; the record says it did not open
            throw new LaneException("error.lane.not-commanded");
        }
        return stored;
    }

    /**
     * A barrier opened by staff: the plate as typed or read ({@code "-"} for none), the passage
     * reason, why, the audit action, who and when.
     */
    record StaffOpening(String plate, String code, String why, AuditAction action, String actor, Instant at) {
    }

    /**
     * In the caller's transaction: the passage of a staff opening (opened, manual), whatever
     * {@code alsoRecord} adds with it and the audit entry; the barrier has not moved yet.
     */
    Passage recordStaffOpening(SiteLane lane, StaffOpening opening, Consumer<Passage> alsoRecord) {
        String code = opening.code();
        Passage recorded = records.record(new Passage(0, lane.id(), lane.lane().lot().id(), lane.lane().direction(),
                opening.plate(), opening.plate(), 100, true, code,
                0, translations.getTranslation("lanes.reason." + code, Translations.CHINESE), false, true,
                opening.actor(), opening.why(), opening.at(), opening.at()));
        alsoRecord.accept(recorded);
        audit.record(opening.action(), lane.id(), (opening.plate().equals("-") ? "" : opening.plate() + ": ")
                + opening.why());
        return recorded;
    }

    /**
     * Commands the barrier for a staff opening already on record: the passage as it stands after
     * (put right when the barrier did not take the command), published; the core learns of the
     * entry (charged as a visitor's, {@code asVisitor}, or not) or exit when it opened.
     */
    private Passage openOnRecord(SiteLane lane, Passage recorded, boolean asVisitor) {
        Passage stored = barrier.open(lane, recorded);
        events.publishEvent(new PassageRecorded(stored));
        if (stored.opened() && !stored.plate().equals("-")) {
            if (lane.lane().direction() == Lane.Direction.IN) {
                core.recordEntry(lane.lane(), stored.plate(), asVisitor);
            } else {
                core.recordExit(lane.lane(), stored.plate());
            }
        }
        return stored;
    }

    /**
     * 收费放行, after the cash and the opening are committed ({@link BoothCash}): a visitor's stay counts
     * as paid ({@code stayFeePaid}, 0 for an account's arrears, which the index learns from the
     * payment), the lane forgets the refusal's online order and the camera's last read, and the
     * barrier opens. Should it not, the stay is still paid: the next read lets the vehicle out.
     */
    Passage openAfterBoothPayment(SiteLane lane, Passage opening, long stayFeePaid) {
        synchronized (lane) {
            if (stayFeePaid > 0) {
                core.recordPayment(opening.plate(), stayFeePaid);
            }
            denials.remove(lane.id()); // an online payment of its order must not open a second time
            recent.remove(lane.id());
            // an account let in after paying its arrears enters as itself, not charged as a visitor
            Passage stored = openOnRecord(lane, opening, false);
            if (stored.opened()) {
                lane.gate().show(new DisplayMessage(List.of(opening.plate() + " " + opening.message(),
                        translations.getTranslation("lanes.reason." + Passage.PAID_AT_BOOTH, Translations.ENGLISH)),
                        null, screenTexts.paid(lane, opening.plate())));
            }
            return stored;
        }
    }

    /**
     * After a start, who is inside comes back from the records (entries without exit), with their
     * entry times, so lot counts, anti-passback and visitor fees go on where they were.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the index is loaded, before "ready"
    public void restorePresence() {
        int restored = 0;
        for (PassageRecords.OpenStay stay : records.openStays()) {
            SiteLane entrance = site.lanes().stream().filter(lane -> lane.lane().lot().id().equals(stay.lotId())
                    && lane.lane().direction() == Lane.Direction.IN).findFirst().orElse(null);
            if (entrance != null) {
                core.recordEntry(entrance.lane(), stay.plate(), stay.visitor(), stay.enteredAt().toEpochMilli());
                restored++;
            }
        }
        if (restored > 0) {
            log.info("Lanes: {} vehicles inside restored from the records", restored);
        }
        ready = true;
    }

    /** How long after a refusal its amount may still be paid for the vehicle waiting at the lane. */
    public Duration payWindow() {
        return payWindow;
    }

    /** Whether the lanes decide yet: false from the start until the index is loaded. */
    public boolean ready() {
        return ready;
    }

    /**
     * Emergency for a lot: every barrier of it stays up ({@code on}) or comes back to normal;
     * staff with a reason, audited. Decisions and passages go on being recorded meanwhile.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'GUARD')")
    public void keepOpen(String lotId, boolean on, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            throw new LaneException("error.lane.reason-needed");
        }
        List<SiteLane> lanes = site.lanes().stream().filter(lane -> lane.lane().lot().id().equals(lotId)).toList();
        if (lanes.isEmpty()) {
            throw new LaneException("error.lane.lot-unknown", lotId);
        }
        transaction.executeWithoutResult(status -> audit.record(on ? AuditAction.KEEP_OPEN_ON : AuditAction.KEEP_OPEN_OFF,
                lotId, why));
        lanes.forEach(lane -> lane.gate().holdOpen(on));
        if (on) {
            keptOpen.add(lotId);
        } else {
            keptOpen.remove(lotId);
        }
    }

    public boolean keptOpen(String lotId) {
        return keptOpen.contains(lotId);
    }

    /** The passage recorded last at the lane (the one a guard may correct), or null. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public @Nullable Passage lastPassage(String laneId) {
        return records.lastRecorded(laneId);
    }

    /** The latest passages, newest first; {@code laneId} null for all lanes. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'CASHIER', 'GUARD')")
    public List<Passage> latestPassages(@Nullable String laneId, int limit) {
        return records.latest(laneId, Math.max(1, Math.min(limit, 500)));
    }

    /** Since when the lanes cannot store passages (health DOWN, the Lanes page says so); null while they can. */
    public @Nullable Instant passagesFailingSince() {
        return storeFailingSince;
    }

    /** Stores a passage; the caller publishes it once the barrier's part is known. */
    private Passage store(Passage passage) {
        return store(passage, List.of());
    }

    private Passage store(Passage passage, List<SnapshotFiles.Stored> snapshots) {
        Passage stored = records.record(passage, snapshots);
        storeFailingSince = null;
        return stored;
    }

    /**
     * What a visitor would pay leaving now (for paying inside the lot), from the first exit of a
     * lot that has one; 0 when nothing is due or the plate is not inside.
     */
    public long visitorFeeNow(String plateAsTyped) {
        String plate = Plates.normalize(plateAsTyped == null ? "" : plateAsTyped);
        for (SiteLane lane : site.lanes()) {
            if (lane.lane().direction() == Lane.Direction.OUT) {
                Decision quote = core.decide(lane.lane(), plate, 100);
                return quote.reason() == Reason.VISITOR_FEE_DUE ? quote.amountDue() : 0;
            }
        }
        return 0;
    }

    /** Refuses an unknown lane (for requests that carry no plate, such as heartbeats). */
    public void requireLane(String laneId) {
        lane(laneId);
    }

    private SiteLane lane(String laneId) {
        SiteLane lane = laneId == null ? null : site.lane(laneId);
        if (lane == null) {
            throw new UnknownLaneException(laneId);
        }
        return lane;
    }

    /**
     * The decision in words; "scan to pay" only when there is a code to scan, else "pay at the
     * office", or, when online payment is offered but its provider could not make the order now,
     * "pay at the office or ask the guard".
     */
    private String displayText(SiteLane lane, Decision decision, @Nullable PaymentOrder order, java.util.Locale locale) {
        if (decision.reason() == Reason.LOT_FULL) { // full, and where else there is room
            return freeSpaces.full(lane.lane().lot().id(), locale);
        }
        boolean scanToPay = decision.reason() == Reason.VISITOR_FEE_DUE || decision.reason() == Reason.ARREARS_RESTRICTED;
        String key = !scanToPay || order != null ? decision.messageKey()
                : decision.messageKey() + (orders.online() ? ".unavailable" : ".office");
        return translations.getTranslation(key, locale, decision.messageArguments());
    }
}
