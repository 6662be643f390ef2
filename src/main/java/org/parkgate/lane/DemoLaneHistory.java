package org.parkgate.lane;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.parkgate.access.Lane;
import org.parkgate.access.Lot;
import org.parkgate.access.Reason;
import org.parkgate.base.Money;
import org.parkgate.base.ui.Translations;
import org.parkgate.billing.CashTaken;
import org.parkgate.billing.DemoPayments;
import org.parkgate.billing.ParkingStay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: the lanes' past at the first lot ({@code parkgate.demo-history-days}, 0 for none),
 * from {@link DemoTraffic}: every entry and exit as a passage at the lot's lanes with the stays
 * they make, so that the passages, the dashboard, the occupancy charts, the reports and the space
 * forecast have a history to show. Residents' cars pass on their passes; visitors enter, leave
 * free within the free time, or are refused at the exit for their fee and let out by the demo
 * guard once paid in cash at the booth (receipt, ledger and till as {@link BoothCash}); now and
 * then the guard opens by hand. The fixed plates 京A10001-京A10008 take no part, so they keep
 * their documented states; the stays end before today (nothing is left inside). Seeded; runs
 * once, on a database without passages or stays (a demo's first start).
 */
@Component
@Profile("demo")
@Order(50)
class DemoLaneHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLaneHistory.class);
    private static final String GUARD = "guard";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Site site;
    private final Translations translations;
    private final DemoPayments payments;
    private final BoothPaymentRecords booth;
    private final Clock clock;
    private final int days;

    DemoLaneHistory(JdbcTemplate jdbc, TransactionTemplate transaction, Site site, Translations translations,
            DemoPayments payments, BoothPaymentRecords booth, Clock clock,
            @Value("${parkgate.demo-history-days}") int days) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.site = site;
        this.translations = translations;
        this.payments = payments;
        this.booth = booth;
        this.clock = clock;
        this.days = days;
    }

    /** A passage to write, its id given once all are in order of time. */
    private static final class Draft {
        long id;
        final SiteLane lane;
        final String plate;
        final boolean opened;
        final String reason;
        final long amountDue;
        final String message;
        final boolean manual;
        final @Nullable String note;
        final Instant at;
        /** For the guard's opening after a booth payment: what was taken (its note names the receipt). */
        @Nullable CashTaken cash;

        Draft(SiteLane lane, String plate, boolean opened, String reason, long amountDue, String message, boolean manual,
                @Nullable String note, Instant at) {
            this.lane = lane;
            this.plate = plate;
            this.opened = opened;
            this.reason = reason;
            this.amountDue = amountDue;
            this.message = message;
            this.manual = manual;
            this.note = note;
            this.at = at;
        }
    }

    /** A stay with the passages that began and ended it (null where it began or ends outside the history). */
    private record Made(DemoTraffic.Stay stay, @Nullable Draft entry, @Nullable Draft exit) {
    }

    /** A visitor's refusal for the fee of the stay from {@code enteredAt}, and the guard's opening once paid. */
    private record AtTheBooth(Draft refusal, Draft opening, Instant enteredAt) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Lot lot = site.lots().iterator().next();
        long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM passage", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM stay", Long.class);
        List<SiteLane> entries = lanes(lot, Lane.Direction.IN);
        List<SiteLane> exits = lanes(lot, Lane.Direction.OUT);
        if (days <= 0 || recorded > 0 || entries.isEmpty() || exits.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<String> plates = jdbc.queryForList(
                "SELECT plate FROM vehicle WHERE plate NOT LIKE '京A1000_' ORDER BY plate LIMIT ?", String.class,
                lot.capacity() * 3 / 4);
        var residents = new java.util.HashSet<>(plates);
        LocalDate today = LocalDate.now(clock);
        Instant first = today.minusDays(days).atStartOfDay(clock.getZone()).toInstant();
        Instant end = today.atStartOfDay(clock.getZone()).toInstant();
        var stays = DemoTraffic.of(plates, lot.capacity() / 5, today.minusDays(days), days, clock.getZone(), 2026);
        var random = new Random(2027);
        String paidAtBoothText = translations.getTranslation("lanes.reason." + Passage.PAID_AT_BOOTH, Translations.CHINESE);
        String byHandText = translations.getTranslation("lanes.reason." + Passage.MANUAL_OPEN, Translations.CHINESE);
        List<Made> made = new ArrayList<>(stays.size());
        List<Draft> drafts = new ArrayList<>(stays.size() * 2);
        List<AtTheBooth> paidAtBooth = new ArrayList<>();
        for (DemoTraffic.Stay stay : stays) {
            boolean visitor = !residents.contains(stay.plate());
            Draft entry = stay.in().equals(first) ? null
                    : opening(pick(entries, random), stay.plate(), visitor ? Reason.VISITOR_ENTRY : Reason.PASS_VALID,
                            stay.in(), random, byHandText);
            Draft exit = null;
            if (stay.out().isBefore(end)) {
                SiteLane lane = pick(exits, random);
                long fee = visitor ? lot.policy().tariff().fee(stay.in().toEpochMilli(), stay.out().toEpochMilli(), true, 0)
                        : 0;
                if (fee > 0) {
                    Draft refusal = new Draft(lane, stay.plate(), false, Reason.VISITOR_FEE_DUE.name(), fee,
                            text(Reason.VISITOR_FEE_DUE.messageKey() + ".office", fee, stay.plate()), false, null,
                            stay.out());
                    exit = new Draft(lane, stay.plate(), true, Passage.PAID_AT_BOOTH, 0, paidAtBoothText, true, null,
                            stay.out().plusSeconds(40 + random.nextInt(110)));
                    drafts.add(refusal);
                    paidAtBooth.add(new AtTheBooth(refusal, exit, stay.in()));
                } else {
                    exit = opening(lane, stay.plate(), visitor ? Reason.VISITOR_EXIT : Reason.PASS_VALID, stay.out(),
                            random, byHandText);
                }
            }
            if (entry != null) {
                drafts.add(entry);
            }
            if (exit != null) {
                drafts.add(exit);
            }
            made.add(new Made(stay, entry, exit));
        }
        drafts.sort(Comparator.comparing(d -> d.at));
        transaction.executeWithoutResult(status -> {
            long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM passage", Long.class);
            for (AtTheBooth paid : paidAtBooth) { // the money first: the guard's opening names its receipt
                Draft opening = paid.opening();
                opening.cash = payments.stayFeeInCash(new ParkingStay(lot.id(), opening.plate, paid.enteredAt(),
                        opening.at), paid.refusal().amountDue, opening.at, GUARD);
            }
            for (Draft d : drafts) {
                d.id = next++;
            }
            jdbc.batchUpdate("""
                    INSERT INTO passage (id, lane, lot, direction, plate, read_as, confidence, opened, reason, amount_due,
                                         message, fuzzy, manual, actor, note, captured_at, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?)""", drafts, 2000, (ps, d) -> {
                ps.setLong(1, d.id);
                ps.setString(2, d.lane.id());
                ps.setString(3, lot.id());
                ps.setString(4, d.lane.lane().direction().name());
                ps.setString(5, d.plate);
                ps.setString(6, d.plate);
                ps.setInt(7, d.manual ? 100 : 90 + (int) (d.id % 10));
                ps.setBoolean(8, d.opened);
                ps.setString(9, d.reason);
                ps.setLong(10, d.amountDue);
                ps.setString(11, d.message);
                ps.setBoolean(12, d.manual);
                ps.setString(13, d.manual ? GUARD : null);
                ps.setString(14, d.cash != null ? BoothCash.receiptNote(d.cash) : d.note);
                ps.setTimestamp(15, Timestamp.from(d.at.minusMillis(300)));
                ps.setTimestamp(16, Timestamp.from(d.at));
            });
            jdbc.execute("ALTER TABLE passage ALTER COLUMN id RESTART WITH " + next);
            jdbc.batchUpdate("""
                    INSERT INTO stay (lot, plate, entry_passage, entered_at, exit_passage, exited_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", made, 2000, (ps, m) -> {
                ps.setString(1, lot.id());
                ps.setString(2, m.stay().plate());
                ps.setObject(3, m.entry() == null ? null : m.entry().id, java.sql.Types.BIGINT);
                ps.setTimestamp(4, Timestamp.from(m.stay().in()));
                ps.setObject(5, m.exit() == null ? null : m.exit().id, java.sql.Types.BIGINT);
                ps.setTimestamp(6, Timestamp.from(m.exit() == null ? m.stay().out() : m.exit().at));
            });
            for (AtTheBooth paid : paidAtBooth) {
                CashTaken cash = java.util.Objects.requireNonNull(paid.opening().cash);
                booth.record(new BoothPaymentRecords.Paid(paid.refusal().id, cash.paymentId(), cash.receiptNo(),
                        cash.amount(), paid.opening().id));
            }
        });
        log.info("Demo profile: {} days of lane history at lot {}: {} stays, {} passages, {} paid at the booth ({} ms)",
                days, lot.id(), made.size(), drafts.size(), paidAtBooth.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private List<SiteLane> lanes(Lot lot, Lane.Direction direction) {
        return site.lanes().stream().filter(l -> l.lane().lot() == lot && l.lane().direction() == direction).toList();
    }

    private static SiteLane pick(List<SiteLane> lanes, Random random) {
        return lanes.get(random.nextInt(lanes.size()));
    }

    /** A read that opened the barrier; now and then (one in 400) the camera missed it and the guard opened by hand. */
    private Draft opening(SiteLane lane, String plate, Reason reason, Instant at, Random random, String byHandText) {
        if (random.nextInt(400) == 0) {
            return new Draft(lane, plate, true, Passage.MANUAL_OPEN, 0, byHandText, true,
                    "车牌识别不出，人工核对后抬杆 Plate not read, checked by hand", at);
        }
        return new Draft(lane, plate, true, reason.name(), 0, text(reason.messageKey(), 0, plate), false, null, at);
    }

    private String text(String key, long amount, String plate) {
        return translations.getTranslation(key, Translations.CHINESE, Money.decimal(amount), 0, 0, plate);
    }
}
